/**
 * The object form of a duration: {value, unit}, or a range {min, max, unit}; the schema also
 * allows the shorthand strings "2 working days" and "2 to 7 working days".
 */
export interface DurationObject {
  value?: number;
  min?: number;
  max?: number;
  unit: string;
}
