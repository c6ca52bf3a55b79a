/** Tiny flag reader for the project's commands: `--data DIR`, `--lang ru`, `--out DIR`. */
export function flag(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

/** The data folder: `--data DIR`, else `DATA_DIR`, else the bundled `data/`. */
export function dataDirFrom(args: readonly string[]): string {
  return flag(args, 'data') ?? process.env.DATA_DIR ?? 'data';
}
