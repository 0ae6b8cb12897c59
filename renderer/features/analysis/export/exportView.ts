/** « Exporter SVG » and « Exporter PNG »: the chart with its title and caption, saved as a file. */
import type { Caption } from '../../../../shared/analysis/caption';
import { composeSvg } from '../../../../shared/analysis/svg-caption';
import { downloadFile, fileNameOf } from '../../../ui/download';
import { chartMarkup } from './chartMarkup';

export interface ExportedFile {
  fileName: string;
  blob: Blob;
}

/** The SVG file's text and size. */
export function svgFile(svg: SVGSVGElement, caption: Caption): { text: string; width: number; height: number } {
  return composeSvg(chartMarkup(svg), caption);
}

export function exportSvg(svg: SVGSVGElement, caption: Caption): ExportedFile {
  const { text } = svgFile(svg, caption);
  const file = { fileName: fileNameOf(caption.title, 'svg'), blob: new Blob([text], { type: 'image/svg+xml;charset=utf-8' }) };
  downloadFile(file.fileName, file.blob);
  return file;
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('image'));
    image.src = url;
  });
}

/** The SVG drawn on a canvas at twice its size (sharp on a projector and in a printed paper). */
export async function pngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPng(svg: SVGSVGElement, caption: Caption): Promise<ExportedFile> {
  const { text, width, height } = svgFile(svg, caption);
  const file = { fileName: fileNameOf(caption.title, 'png'), blob: await pngBlob(text, width, height) };
  downloadFile(file.fileName, file.blob);
  return file;
}
