/** copygate's version; a test holds it equal to package.json's, so `--version` needs no file read. */
export const VERSION = "0.1.0";
