import type { AppInfo } from '../../../shared/domain/project';
import type { Handlers, ServiceContext } from '../context';

export function appInfo(context: ServiceContext): AppInfo {
  return {
    version: context.options.appVersion,
    language: context.settings.language,
    nativeDialogs: context.options.host.nativeDialogs,
    defaultProjectFolder: context.options.defaultProjectFolder,
    coderName: context.settings.coderName,
    project: context.session?.info() ?? null,
  };
}

export const appHandlers: Handlers<'app:info' | 'app:setLanguage' | 'app:setCoderName'> = {
  'app:info': (_input, context) => appInfo(context),
  'app:setLanguage': ({ language }, context) => {
    context.settings.language = language;
    return appInfo(context);
  },
  'app:setCoderName': ({ name }, context) => {
    context.settings.coderName = name;
    return appInfo(context);
  },
};
