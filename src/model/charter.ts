/* Generated from schemas/charter.schema.json by `npm run gen:types`. Do not edit by hand. */
import type { DurationObject } from './duration-object.js';

export type Id = string
export type Text = string
export type Url = string
/**
 * A date, YYYY-MM-DD, or a month, YYYY-MM.
 */
export type CalendarMonthOrDate = string
export type LanguageTag = string
export type TextList = Text[]
export type IdList = Id[]
export type Fee = {
type: ("free" | "fixed" | "range" | "quoted" | "schedule" | "per_unit")
amount?: number
min?: number
max?: number
from?: number
currency?: Currency
url?: Url
note?: Text
/**
 * A per_unit fee: what one unit is, e.g. "per parcel".
 */
per?: string
}
export type Currency = string
export type Audience = ("public" | "staff")
export type ClockTime = string
/**
 * The channels this standard covers (channel ids).
 * 
 * @minItems 1
 */
export type NonEmptyIdList = Id[]
/**
 * The services this standard covers (service ids).
 * 
 * @minItems 1
 */
export type NonEmptyIdList1 = Id[]
export type Target = {
kind: ("within" | "percent_within" | "percent" | "minimum_notice" | "max_count" | "immediate" | "same_day" | "min_count" | "measure" | "schedule" | "defined_by")
threshold?: Duration
percent?: number
count?: number
period?: Duration
measure?: Text
/**
 * A measure target's unit, in words: "bar", "litres per person per day".
 */
unit?: string
/**
 * A measure target's lowest promised value ("at least").
 */
min?: number
/**
 * A measure target's highest promised value ("no more than").
 */
max?: number
/**
 * A same_day target: requests made before this time (HH:MM) are dealt with the same day.
 */
cutoff?: string
/**
 * A schedule target: how often it happens.
 */
frequency?: ("daily" | "weekly" | "fortnightly" | "monthly")
/**
 * A schedule target: on which days.
 * 
 * @minItems 1
 */
days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[]
/**
 * A defined_by target: the regulation, code or scheme that sets the numbers.
 */
reference?: string
/**
 * A defined_by target: where the reference is published.
 */
url?: string
/**
 * The threshold is an average or a median, not a limit for every case.
 */
statistic?: ("average" | "median")
/**
 * The target sentence as published, when the charter states it apart from the commitment.
 */
statement?: string
/**
 * Other thresholds of the same promise: per channel, normal and emergency, with and without an appointment.
 * 
 * @minItems 1
 */
variants?: {
/**
 * What this variant is: "emergency", "with an appointment".
 */
label: string
threshold?: Duration
/**
 * The variant's percent.
 */
percent?: number
/**
 * When this variant applies, in words.
 */
when?: string
channels?: NonEmptyIdList2
fee?: Fee
last_result?: LastResult
}[]
}
/**
 * A duration: {value: 2, unit: working_days}, a range {min: 2, max: 7, unit: working_days}, or the shorthand "2 working days" / "2 to 7 working days". Greater than zero.
 */
export type Duration = DurationObject | string
/**
 * The channels this variant is for.
 * 
 * @minItems 1
 */
export type NonEmptyIdList2 = Id[]
export type Frequency = ("real_time" | "monthly" | "quarterly" | "six_monthly" | "annually")
export type Complaints = {
definition?: Text
/**
 * @minItems 1
 */
channels: Id[]
acknowledge_within?: Duration
no_detriment?: boolean
can_be_represented?: (boolean | string)
/**
 * @minItems 1
 */
stages: ComplaintStage[]
remedies?: ("apology" | "explanation" | "correction" | "redo_work" | "refund" | "compensation" | "service_change" | "decision_review")[]
other_routes?: {
topic: Text
/**
 * The body: its name, or a body mapping like a stage's body.
 */
body: string | ComplaintBody
}[]
narrative?: Id
/**
 * There is no independent external body for these complaints; say why.
 */
no_external_route?: {
/**
 * Why no independent external body takes these complaints.
 */
reason: string
}
}
export type ComplaintBody = {
name: Text
kind: ("ombudsman" | "regulator" | "consumer_body" | "adr_scheme" | "tribunal" | "court" | "trade_scheme" | "appellate_authority" | "other")
url?: Url
phone?: Text
cost_to_customer?: ("free" | "fee")
binding?: ("yes" | "no" | "on_company_if_accepted")
/**
 * The body's email address.
 */
email?: string
/**
 * The body's postal address.
 */
address?: string
/**
 * What the body is (needed for kind: other).
 */
description?: string
}
export type CalendarDate = string
export type InternalStandard = (Standard & {
audience?: "staff"
})
export type RelativePath = string

/**
 * Service charter source, format version 1: the structured facts of a customer service charter (charter.yaml). See docs/format.md.
 */
export interface Charter {
/**
 * The format version: 1.
 */
schema_version: 1
meta: Meta
about: About
/**
 * Principles of service delivery.
 */
principles?: Principle[]
/**
 * Core values, at least one.
 * 
 * @minItems 1
 */
values: Value[]
/**
 * Clients and users, at least one.
 * 
 * @minItems 1
 */
clients: Client[]
/**
 * @minItems 1
 */
services: Service[]
/**
 * @minItems 1
 */
channels: Channel[]
/**
 * @minItems 1
 */
standards: Standard[]
/**
 * @minItems 1
 */
rights: Statement[]
/**
 * @minItems 1
 */
obligations: Statement[]
feedback: Feedback
complaints: Complaints
performance_reporting?: PerformanceReporting
accessibility?: Accessibility
policies?: Policy[]
review: Review
staff?: Staff
outputs?: Outputs
/**
 * A narrative file name or a list of them, relative to the charter folder.
 */
narrative?: (string | unknown[])
theme?: Theme
}
export interface Meta {
id: Id
title: string
organisation: {
name: Text
sector: ("public_agency" | "local_government" | "utility" | "health" | "trade_business" | "nonprofit" | "other_business")
/**
 * @minItems 1
 */
jurisdiction: string[]
legal_name?: Text
registration?: Text
regulator?: Text
website?: Url
address?: Text
}
version: string
status: ("draft" | "approved" | "published" | "superseded")
effective_date: CalendarMonthOrDate
approved_by?: {
role?: Text
date?: CalendarMonthOrDate
name?: Text
}
languages: {
primary: LanguageTag
translations?: {
lang: LanguageTag
scope?: ("full" | "summary" | "title_only")
delivery?: ("inline" | "separate_document" | "on_request")
url?: Url
}[]
}
alternative_formats?: ("easy_read" | "large_print" | "braille" | "audio" | "sign_language_video" | "plain_text")[]
/**
 * What plain "days" mean in this charter's durations: calendar days or working days.
 */
day_basis?: ("calendar" | "working")
/**
 * Where the charter that replaces this one is published (with status: superseded).
 */
superseded_by?: string
}
export interface About {
summary: string
mission?: Text
vision?: Text
what_we_do?: TextList
narrative?: Id
}
export interface Principle {
id: Id
title: Text
statement: Text
}
export interface Value {
name: Text
description: Text
}
export interface Client {
id: Id
name: Text
description?: Text
}
export interface Service {
id: Id
name: Text
description: Text
client_groups?: IdList
requirements?: TextList
fee?: Fee
responsible_role?: Text
audience?: Audience
/**
 * Services with the same group are shown together under this heading.
 */
group?: string
/**
 * Where the service is delivered.
 */
point_of_service?: string
/**
 * The id of a narrative block shown with this service.
 */
narrative?: string
/**
 * Who handles each complaint stage for this service.
 * 
 * @minItems 1
 */
officers?: {
/**
 * The complaint stage number.
 */
stage: number
/**
 * The officer's role.
 */
role: string
/**
 * The officer's name.
 */
name?: string
/**
 * How to reach the officer.
 */
contact?: string
}[]
}
export interface Channel {
id: Id
kind: ("phone" | "sms" | "email" | "web_form" | "online_account" | "live_chat" | "social_media" | "in_person" | "post" | "home_visit" | "relay" | "other")
label: Text
contact: Text
availability?: ("hours" | "24x7" | "by_appointment" | "unstated")
/**
 * @minItems 1
 */
hours?: OpeningHours[]
timezone?: string
closed_on?: Text
languages?: TextList
use_for?: ("enquiries" | "requests" | "emergencies" | "complaints" | "feedback" | "payments" | "quotes")[]
not_for?: Text
audience?: Audience
}
export interface OpeningHours {
/**
 * @minItems 1
 */
days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[]
open: ClockTime
close: ClockTime
}
export interface Standard {
id: Id
title: Text
commitment: string
category: ("timeliness" | "access" | "accuracy" | "courtesy" | "quality" | "information")
applies_to: {
channels?: NonEmptyIdList
services?: NonEmptyIdList1
}
target: Target
measurement?: {
method: ("system_timestamps" | "telephony_reports" | "queue_system" | "case_management_system" | "job_records" | "customer_survey" | "sample_audit" | "mystery_shopping")
source?: Text
sample?: Text
}
clock_starts?: Text
guaranteed?: boolean
compensation?: Compensation
exclusions?: TextList
reporting?: {
frequency?: Frequency
last_result?: LastResult
}
owner?: Text
audience?: Audience
/**
 * The id of a narrative block shown with this standard.
 */
narrative?: string
}
export interface LastResult {
period?: (string | number)
value: number
unit?: string
met?: boolean
}
export interface Compensation {
amount?: Money
amount_non_household?: Money
further_amount?: Money
further_per?: Duration
payment?: ("automatic" | "on_claim" | "automatic_or_claim")
pay_within?: Duration
claim_within?: Duration
/**
 * Paid when the compensation payment itself is late.
 */
late_payment?: {
amount: Money
after?: Duration
}
/**
 * At most this many payments in a period: "up to five payments a year".
 */
limit?: {
/**
 * How many payments at most.
 */
count: number
per: Duration
}
}
export interface Money {
amount: number
currency: Currency
}
export interface Statement {
id: Id
text: Text
audience?: Audience
}
export interface Feedback {
/**
 * @minItems 1
 */
channels: Id[]
/**
 * @minItems 1
 */
types: ("compliment" | "comment" | "suggestion" | "complaint" | "survey")[]
surveys?: Text
how_we_use_it?: Text
}
export interface ComplaintStage {
stage: number
name: Text
handled_by: Text
how?: Text
request_within?: Duration
acknowledge_within?: Duration
respond_within?: Duration
external: boolean
independent: boolean
body?: ComplaintBody
}
export interface PerformanceReporting {
published?: boolean
frequency?: Frequency
where?: Text
url?: Url
last_published?: CalendarDate
independent_assurance?: (string | boolean)
}
export interface Accessibility {
interpreting?: Text
relay?: Text
physical_access?: Text
extra_help?: Text
}
export interface Policy {
id: Id
title: Text
summary?: Text
url?: Url
}
export interface Review {
owner: Text
cadence: Duration
last_reviewed: CalendarMonthOrDate
next_review_due: CalendarMonthOrDate
consultation?: {
method: Text
date?: CalendarMonthOrDate
participants?: (number | string)
summary?: Text
}[]
change_log?: {
version: string
date: CalendarMonthOrDate
summary: Text
}[]
}
export interface Staff {
induction_checklist?: TextList
internal_standards?: InternalStandard[]
internal_contacts?: {
role: Text
contact: Text
name?: Text
when?: Text
}[]
escalation_rules?: TextList
narrative?: Id
}
export interface Outputs {
website_summary?: {
max_words?: number
/**
 * @maxItems 3
 */
highlight_standards?: Id[]
text?: Text
}
public_document?: {
max_pages?: number
paper?: ("A4" | "Letter")
reading_grade_max?: number
}
handbook?: {
title?: string
}
}
export interface Theme {
color?: string
logo?: RelativePath
}
