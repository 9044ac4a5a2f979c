// The entry of `/embed.js`: a host page includes it once and every Dateline iframe sizes itself.
import { resizeFramesFrom } from './frame-resizer.ts';

const script = document.currentScript as HTMLScriptElement | null;
resizeFramesFrom(window, new URL(script?.src ?? location.href).origin);
