// Formats the generated validators use. ajv-formats supplies the standard ones (date-time, email,
// int32, …); `unix-time` is Stripe's: integer seconds since the epoch.
import formatsModule from "ajv-formats/dist/formats.js";

const { fullFormats } = formatsModule as unknown as { fullFormats: Record<string, unknown> };

export const unixTimeFormat = {
  type: "number" as const,
  validate: (value: number): boolean => Number.isInteger(value),
};

export const formats: Record<string, unknown> = { ...fullFormats, "unix-time": unixTimeFormat };
