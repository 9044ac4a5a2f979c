// The entry point of an extraction worker thread. Node 20 does not apply `--import tsx` to workers,
// so this plain module registers tsx's loader itself and then runs the TypeScript worker.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
