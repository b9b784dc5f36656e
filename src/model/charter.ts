/* Generated from schemas/charter.schema.json by `npm run gen:types`. Do not edit by hand. */
import type { DurationObject } from './duration-object.js';

export type Id = string
export type Text = string
export type Url = string
export type CalendarDate = string
export type LanguageTag = string
export type TextList = Text[]
export type IdList = Id[]
export type Fee = {
type: ("free" | "fixed" | "range" | "quoted" | "schedule")
amount?: number
min?: number
max?: number
from?: number
currency?: Currency
url?: Url
note?: Text
}
export type Currency = string
export type Audience = ("public" | "staff")
export type ClockTime = string
export type Target = {
kind: ("within" | "percent_within" | "percent" | "minimum_notice" | "max_count")
threshold?: Duration
percent?: number
count?: number
period?: Duration
measure?: Text
}
/**
 * A duration: {value: 2, unit: working_days} or the shorthand "2 working days".
 */
export type Duration = DurationObject | string
export type Frequency = ("real_time" | "monthly" | "quarterly" | "six_monthly" | "annually")
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
effective_date: CalendarDate
approved_by?: {
role?: Text
date?: CalendarDate
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
}
export interface Channel {
id: Id
kind: ("phone" | "sms" | "email" | "web_form" | "online_account" | "live_chat" | "social_media" | "in_person" | "post" | "home_visit" | "relay" | "other")
label: Text
contact: Text
availability?: ("hours" | "24x7" | "by_appointment")
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
channels?: IdList
services?: IdList
}
target: Target
measurement: {
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
last_result?: {
period?: (string | number)
value: number
unit?: string
met?: boolean
}
}
owner?: Text
audience?: Audience
}
export interface Compensation {
amount?: Money
amount_non_household?: Money
further_amount?: Money
further_per?: Duration
payment?: ("automatic" | "on_claim" | "automatic_or_claim")
pay_within?: Duration
claim_within?: Duration
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
export interface Complaints {
definition?: Text
/**
 * @minItems 1
 */
channels: Id[]
acknowledge_within?: Duration
no_detriment?: boolean
can_be_represented?: (boolean | string)
/**
 * @minItems 2
 */
stages: ComplaintStage[]
remedies?: ("apology" | "explanation" | "correction" | "redo_work" | "refund" | "compensation" | "service_change" | "decision_review")[]
other_routes?: {
topic: Text
body: Text
}[]
narrative?: Id
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
export interface ComplaintBody {
name: Text
kind: ("ombudsman" | "regulator" | "consumer_body" | "adr_scheme" | "tribunal" | "court" | "trade_scheme")
url: Url
phone?: Text
cost_to_customer?: ("free" | "fee")
binding?: ("yes" | "no" | "on_company_if_accepted")
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
last_reviewed: CalendarDate
next_review_due: CalendarDate
consultation?: {
method: Text
date: CalendarDate
participants?: (number | string)
summary?: Text
}[]
change_log?: {
version: string
date: CalendarDate
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
