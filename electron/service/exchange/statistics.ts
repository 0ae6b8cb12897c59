/** Exports for text statistics and for reading the codebook elsewhere: IRaMuTeQ, the 0/1 code matrix, codebook files. */
export { exportIramuteq, type IramuteqRequest } from './iramuteq';
export { exportCodeMatrix, type CodeMatrixRequest } from './code-matrix';
export { exportCodebook } from './codebook-files';
