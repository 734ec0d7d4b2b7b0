// Kill matrix, second chain (see kill-matrix.ts): from a warm cache, a build killed while it
// writes what the slug and the next build rely on, and while it restores the cached tree.
import { killMatrix, SAVE_POINTS } from "./kill-matrix.js";

killMatrix("killed while saving: the next build succeeds, reusing only what is whole", SAVE_POINTS, { warm: true });
