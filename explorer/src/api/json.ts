// JSON values as the API's JSON scalar carries them (entity properties, claim and correction values).
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = Record<string, JsonValue>;
