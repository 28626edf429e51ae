/** A decimal string in plain notation: what every arbitrary produces for a number. */
export const PLAIN_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?$/;
