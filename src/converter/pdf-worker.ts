/** Worker thread for `pdfToText`: extracts one PDF's text and posts the result back. */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPdfText, type PdfLimits } from './pdf.ts';

const { bytes, limits } = workerData as { bytes: Uint8Array; limits: PdfLimits };
parentPort?.postMessage(await extractPdfText(bytes, limits));
