// Formats the generated validators use. ajv-formats supplies the standard ones (date-time, email,
// int32, …); the rest are formats of Stripe's specs: `unix-time`, integer seconds since the epoch,
// and `decimal`, a decimal number written as a string ("1.5", "-0.0001234"), which is how Stripe
// sends amounts that need more precision than a JSON number keeps (`unit_amount_decimal`).
import formatsModule from "ajv-formats/dist/formats.js";

const { fullFormats } = formatsModule as unknown as { fullFormats: Record<string, unknown> };

export const unixTimeFormat = {
  type: "number" as const,
  validate: (value: number): boolean => Number.isInteger(value),
};

const DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;

export const decimalFormat = {
  type: "string" as const,
  validate: (value: string): boolean => DECIMAL.test(value),
};

/** The formats this module adds to ajv-formats' (the generator registers the same ones). */
export const customFormats: Record<string, unknown> = { "unix-time": unixTimeFormat, decimal: decimalFormat };

export const formats: Record<string, unknown> = { ...fullFormats, ...customFormats };
