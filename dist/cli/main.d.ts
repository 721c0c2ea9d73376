export interface CommandIo {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    cwd: string;
    env: NodeJS.ProcessEnv;
}
export type CommandRun = (args: string[], io: CommandIo) => Promise<number>;
export declare function usage(): string;
export declare function main(argv: string[], io?: CommandIo): Promise<number>;
