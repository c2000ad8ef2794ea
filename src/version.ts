/** The package version, for --version and the sync client's User-Agent (a leaf: cli.ts imports commands). */

export const version = '0.1.0';
