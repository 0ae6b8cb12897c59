import type { Bridge } from '../shared/bridge';

declare global {
  interface Window {
    /** Put there by the Electron preload; absent in browser mode. */
    balise?: Bridge;
  }
}

export {};
