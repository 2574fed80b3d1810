import type { Command } from "./command.ts";

export const command: Command = async () => {
  console.error("The validate command is not available yet.");
  return 1;
};
