/** The object form of a duration; the schema also allows the shorthand string "2 working days". */
export interface DurationObject {
  value: number;
  unit: string;
}
