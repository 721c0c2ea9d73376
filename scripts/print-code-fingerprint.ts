// Prints the fingerprint of core/'s sources and the lockfile (core/code-fingerprint.ts), for the package build to write in.
import { fileURLToPath } from "node:url";
import { sourceFingerprint } from "../core/code-fingerprint.ts";

process.stdout.write(sourceFingerprint(fileURLToPath(new URL("..", import.meta.url))));
