// Kill matrix, first chain (see kill-matrix.ts): from an empty cache, a build killed in the shim,
// while the runtime arrives, and while the dependencies install.
import { INSTALL_POINTS, killMatrix } from "./kill-matrix.js";

killMatrix("killed while installing: the next build succeeds, reusing only what is whole", INSTALL_POINTS);
