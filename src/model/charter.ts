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
export type RelativePath = string
export type TextList = Text[]
export type IdList = Id[]
export type Fee = {
/**
 * How the service is priced: free, fixed (one price), range (between two figures), quoted (case by case), schedule (a published list of charges) or per_unit (a price per unit).
 */
type: ("free" | "fixed" | "range" | "quoted" | "schedule" | "per_unit")
/**
 * The price, as a number, e.g. 95. Needed for a fixed or per_unit fee.
 */
amount?: number
/**
 * The lowest price of a range fee, e.g. 60.
 */
min?: number
/**
 * The highest price of a range fee, e.g. 250.
 */
max?: number
/**
 * A starting price ("from 2,400"), typically for a quoted fee.
 */
from?: number
/**
 * The ISO 4217 currency code of the price, e.g. GBP. Needed for fixed, range and per_unit fees.
 */
currency?: Currency
/**
 * Where the published schedule of charges is, a full web address. Needed for a schedule fee.
 */
url?: Url
/**
 * Anything else people should know about the price, e.g. "Free for tenants."
 */
note?: Text
/**
 * A per_unit fee: what one unit is, e.g. "parcel" (printed "KES 500 per parcel") or "per straw per month" (printed as written).
 */
per?: Text
}
export type Currency = string
export type Audience = ("public" | "staff")
export type ClockTime = string
/**
 * @minItems 1
 */
export type NonEmptyIdList = Id[]
export type Target = {
/**
 * The kind of promise: within, percent_within, percent, minimum_notice, max_count, min_count, immediate, same_day, measure, schedule or defined_by. Each kind needs its own fields, e.g. percent_within needs threshold and percent.
 */
kind: ("within" | "percent_within" | "percent" | "minimum_notice" | "max_count" | "immediate" | "same_day" | "min_count" | "measure" | "schedule" | "defined_by")
/**
 * The time promised, a duration or a range, e.g. "30 seconds" or "2 to 7 working days". Needed for within, percent_within and minimum_notice.
 */
threshold?: Duration
/**
 * A percentage from 0 to 100 (write 80, not 0.8). Needed for percent_within and percent.
 */
percent?: number
/**
 * A whole number: the most (max_count) or the fewest (min_count) times something happens in the period, e.g. 2.
 */
count?: number
/**
 * The period a max_count or min_count is counted over, a duration, e.g. "12 months".
 */
period?: Duration
/**
 * What is counted or measured, in words, e.g. "unplanned interruptions". Needed for percent, max_count, min_count and measure targets.
 */
measure?: Text
/**
 * A measure target's unit, in words: "bar", "litres per person per day".
 */
unit?: Text
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
cutoff?: ClockTime
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
reference?: Text
/**
 * A defined_by target: where the reference is published.
 */
url?: Url
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
label: Text
/**
 * The variant's threshold, a duration or a range, e.g. "15 calendar days".
 */
threshold?: Duration
/**
 * The variant's percent.
 */
percent?: number
/**
 * When this variant applies, in words.
 */
when?: Text
/**
 * The channels this variant is for.
 */
channels?: NonEmptyIdList
/**
 * An extra fee for this variant, with the same fields as a service's fee, e.g. {type: fixed, amount: 200, currency: INR}.
 */
fee?: Fee
/**
 * The variant's latest result, with the same fields as reporting.last_result, e.g. {value: 93, unit: percent}.
 */
last_result?: LastResult
}[]
}
/**
 * A duration: {value: 2, unit: working_days}, a range {min: 2, max: 7, unit: working_days}, or the shorthand "2 working days" / "2 to 7 working days". Greater than zero.
 */
export type Duration = DurationObject | string
export type Frequency = ("real_time" | "monthly" | "quarterly" | "six_monthly" | "annually")
export type Complaints = {
/**
 * What counts as a complaint, e.g. "A complaint is when you tell us we got something wrong."
 */
definition?: Text
/**
 * The ids of the channels that take complaints, at least one, e.g. [contact-centre, post].
 * 
 * @minItems 1
 */
channels: Id[]
/**
 * How soon every complaint is acknowledged, a duration, e.g. "5 working days".
 */
acknowledge_within?: Duration
/**
 * true when complaining never affects the service someone gets.
 */
no_detriment?: boolean
/**
 * Whether someone else can complain for the client: true or false, or a sentence, e.g. "A relative or advocate can complain for you."
 */
can_be_represented?: (boolean | string)
/**
 * The steps of the complaints process, in order: at least two, ending with an independent external body, or at least one with no_external_route.
 * 
 * @minItems 1
 */
stages: ComplaintStage[]
/**
 * What you may offer when a complaint is upheld: apology, explanation, correction, redo_work, refund, compensation, service_change or decision_review, e.g. [apology, refund].
 */
remedies?: ("apology" | "explanation" | "correction" | "redo_work" | "refund" | "compensation" | "service_change" | "decision_review")[]
/**
 * Other places to go for particular topics, each with a topic and a body, e.g. {topic: Gas safety, body: Gas Safe Register}.
 */
other_routes?: {
/**
 * What this route is for, e.g. "Appeals about council tax bands".
 */
topic: Text
/**
 * The body: its name, or a body mapping like a stage's body.
 */
body: string | ComplaintBody
}[]
/**
 * The id of a narrative block to show with this section, e.g. complaints.
 */
narrative?: Id
/**
 * There is no independent external body for these complaints; say why.
 */
no_external_route?: {
/**
 * Why no independent external body takes these complaints.
 */
reason: Text
}
}
export type ComplaintBody = {
/**
 * The body's name, e.g. "Local Government and Social Care Ombudsman".
 */
name: Text
/**
 * What kind of body it is: ombudsman, regulator, consumer_body (advice only, cannot decide), adr_scheme (alternative dispute resolution), tribunal, court, trade_scheme, appellate_authority or other (say what in description).
 */
kind: ("ombudsman" | "regulator" | "consumer_body" | "adr_scheme" | "tribunal" | "court" | "trade_scheme" | "appellate_authority" | "other")
/**
 * The body's website, a full web address. Needed when no phone, email or address is given.
 */
url?: Url
/**
 * The body's phone number, in quotes, e.g. "0300 061 0614".
 */
phone?: Text
/**
 * Whether it costs the client anything to go to the body: free or fee.
 */
cost_to_customer?: ("free" | "fee")
/**
 * Whether the body's decision binds: yes, no, or on_company_if_accepted (binds you if the client accepts it).
 */
binding?: ("yes" | "no" | "on_company_if_accepted")
/**
 * The body's email address.
 */
email?: Text
/**
 * The body's postal address.
 */
address?: Text
/**
 * What the body is (needed for kind: other).
 */
description?: Text
}
export type CalendarDate = string
export type InternalStandard = (Standard & {
/**
 * Leave it out or write staff: internal standards are always staff-only.
 */
audience?: "staff"
})

/**
 * Service charter source, format version 1: the structured facts of a customer service charter (charter.yaml). See docs/format.md.
 */
export interface Charter {
/**
 * The format version: 1.
 */
schema_version: 1
/**
 * Who the charter belongs to: its id, title, organisation, version, status, dates and languages.
 */
meta: Meta
/**
 * A summary of your organisation and of what this charter covers, with your mission and vision if you have them.
 */
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
 * What you offer, to whom and at what cost; at least one service.
 * 
 * @minItems 1
 */
services: Service[]
/**
 * The ways people can reach you (phone, email, counter, website...); at least one channel.
 * 
 * @minItems 1
 */
channels: Channel[]
/**
 * The measurable promises: at least one, and at least one public (not audience: staff). Each has a commitment in plain words and a target with its figures.
 * 
 * @minItems 1
 */
standards: Standard[]
/**
 * What clients can expect from you; at least one, e.g. "You will be treated with respect."
 * 
 * @minItems 1
 */
rights: Statement[]
/**
 * What you ask of clients in return; at least one, e.g. "Please tell us if your circumstances change."
 * 
 * @minItems 1
 */
obligations: Statement[]
/**
 * How people can give feedback: the channels, the kinds of feedback you welcome and what you do with it.
 */
feedback: Feedback
/**
 * How to complain and seek remedy: the channels, the stages from first complaint to an independent body, and the remedies you offer.
 */
complaints: Complaints
/**
 * How and when you publish your results against the standards.
 */
performance_reporting?: PerformanceReporting
/**
 * Help for people who need it: interpreting, relay services, access to buildings and other support.
 */
accessibility?: Accessibility
/**
 * Related policies people may want to read, e.g. your complaints or privacy policy.
 */
policies?: Policy[]
/**
 * How the charter is maintained and reviewed: who owns it, how often it is reviewed, when it was last reviewed and when the next review is due.
 */
review: Review
/**
 * Staff-only content for the handbook (charter build --handbook); none of it appears in public outputs.
 */
staff?: Staff
/**
 * Settings for what charter build writes: the website summary, the public document (PDF) and the staff handbook.
 */
outputs?: Outputs
/**
 * A narrative file name or a list of them, relative to the charter folder.
 */
narrative?: (string | unknown[])
/**
 * The look of the outputs: an accent colour and a logo.
 */
theme?: Theme
}
export interface Meta {
/**
 * An id for the whole charter, e.g. riverside-repairs-2026. It names the output folder when several charters are built together, so it must be unique across them.
 */
id: Id
/**
 * The charter's title, 3 to 120 characters, e.g. "Housing repairs charter".
 */
title: string
/**
 * Who makes the promises: name, sector and jurisdiction are required; legal name, registration, regulator, website and address are optional.
 */
organisation: {
/**
 * The name people know you by, e.g. "Riverside District Council".
 */
name: Text
/**
 * What kind of organisation you are. public_agency, local_government and health must include principles; these and utility are held to stricter checks.
 */
sector: ("public_agency" | "local_government" | "utility" | "health" | "trade_business" | "nonprofit" | "other_business")
/**
 * Where you operate: at least one ISO 3166 country code, optionally with a subdivision, e.g. [GB-ENG] or [AU-NSW].
 * 
 * @minItems 1
 */
jurisdiction: string[]
/**
 * Your registered legal name, if different from the name people know, e.g. "Brightwater Plumbing Ltd".
 */
legal_name?: Text
/**
 * A company, charity or licence number, e.g. "Company no. 01234567".
 */
registration?: string
/**
 * Who regulates you, e.g. "Ofwat".
 */
regulator?: Text
/**
 * Your website, a full address starting with https:// or http://.
 */
website?: Url
/**
 * Your main address, e.g. "Riverside House, Market Street".
 */
address?: Text
}
/**
 * Your version number or name for this charter, as text. Quote it so 4.0 is not read as a number: "4.0".
 */
version: string
/**
 * Where the charter stands: draft, approved, published or superseded (replaced by a newer charter; see superseded_by).
 */
status: ("draft" | "approved" | "published" | "superseded")
/**
 * When the charter takes effect: a date (2026-10-01) or a month (2026-10).
 */
effective_date: CalendarMonthOrDate
/**
 * Who approved the charter: role, name and date (a date or a month), each optional, e.g. {role: Chief Executive, date: 2026-09}.
 */
approved_by?: {
/**
 * The approver's role, e.g. "Chief Executive".
 */
role?: Text
/**
 * When it was approved: a date (2026-09-14) or a month (2026-09).
 */
date?: CalendarMonthOrDate
/**
 * The approver's name.
 */
name?: Text
}
/**
 * The charter's language (primary, required) and any translations you offer.
 */
languages: {
/**
 * The language the charter is written in, as a language tag, e.g. en-GB, de or cy.
 */
primary: LanguageTag
/**
 * The translations you offer: each with its language, how much is translated, how people get it, where to find it, and the PO file it is built from.
 */
translations?: {
/**
 * The language of the translation, as a language tag, e.g. pl or cy.
 */
lang: LanguageTag
/**
 * How much is translated: full, summary or title_only.
 */
scope?: ("full" | "summary" | "title_only")
/**
 * How people get the translation: inline (in this document), separate_document or on_request.
 */
delivery?: ("inline" | "separate_document" | "on_request")
/**
 * Where to find the translation, a full web address.
 */
url?: Url
/**
 * The translation in this folder, a PO file such as translations/cy.po (the default when that file exists). A translation with a source is built as charter.<lang>.html and .pdf; one without only tells readers where to find it.
 */
source?: RelativePath
}[]
}
/**
 * Other formats you offer the charter in: easy_read, large_print, braille, audio, sign_language_video or plain_text, e.g. [large_print, audio].
 */
alternative_formats?: ("easy_read" | "large_print" | "braille" | "audio" | "sign_language_video" | "plain_text")[]
/**
 * What plain "days" mean in this charter's durations: calendar days or working days.
 */
day_basis?: ("calendar" | "working")
/**
 * Where the charter that replaces this one is published (with status: superseded).
 */
superseded_by?: Url
}
export interface About {
/**
 * What you do and what this charter covers, 20 to 600 characters. It is the basis of the website summary.
 */
summary: string
/**
 * Your mission statement, e.g. "A safe home for every resident."
 */
mission?: Text
/**
 * Your vision: what you are working towards.
 */
vision?: Text
/**
 * What you do, as a list of short lines, e.g. [Repairs in council homes, Council tax].
 */
what_we_do?: TextList
/**
 * The id of a narrative block to show with this section, e.g. about.
 */
narrative?: Id
}
export interface Principle {
/**
 * An id for the principle, unique in the charter, e.g. pr-open.
 */
id: Id
/**
 * A short title, e.g. "Being open".
 */
title: Text
/**
 * What the principle means in practice, e.g. "We explain our decisions."
 */
statement: Text
}
export interface Value {
/**
 * The value, e.g. "Respect".
 */
name: Text
/**
 * What the value means for the people you serve, e.g. "We treat everyone with courtesy."
 */
description: Text
}
export interface Client {
/**
 * An id for this group of clients, used by a service's client_groups, e.g. council-tenants.
 */
id: Id
/**
 * Who they are, e.g. "Council tenants".
 */
name: Text
/**
 * More detail about who they are, e.g. "People who rent their home from the council."
 */
description?: Text
}
export interface Service {
/**
 * An id for the service, used by standards' applies_to.services, e.g. housing-repairs.
 */
id: Id
/**
 * The service's name, e.g. "Housing repairs".
 */
name: Text
/**
 * What the service is, e.g. "We fix faults in council homes."
 */
description: Text
/**
 * The ids of the clients the service is for, e.g. [council-tenants, leaseholders].
 */
client_groups?: IdList
/**
 * What people need to bring or do, as a list of lines, e.g. [Proof of address].
 */
requirements?: TextList
/**
 * What the service costs, e.g. {type: free} or {type: fixed, amount: 95, currency: GBP}.
 */
fee?: Fee
/**
 * The role accountable for the service, e.g. "Head of Repairs".
 */
responsible_role?: Text
/**
 * public (the default) or staff: a staff service appears only in the staff handbook.
 */
audience?: Audience
/**
 * Services with the same group are shown together under this heading.
 */
group?: Text
/**
 * Where the service is delivered.
 */
point_of_service?: Text
/**
 * The id of a narrative block shown with this service.
 */
narrative?: Id
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
role: Text
/**
 * The officer's name.
 */
name?: Text
/**
 * How to reach the officer.
 */
contact?: Text
}[]
}
export interface Channel {
/**
 * An id for the channel, used by standards, feedback and complaints, e.g. contact-centre.
 */
id: Id
/**
 * What kind of channel it is: phone, sms, email, web_form, online_account, live_chat, social_media, in_person, post, home_visit, relay or other.
 */
kind: ("phone" | "sms" | "email" | "web_form" | "online_account" | "live_chat" | "social_media" | "in_person" | "post" | "home_visit" | "relay" | "other")
/**
 * The name people see, e.g. "Contact centre".
 */
label: Text
/**
 * The number, address or link people use, e.g. "01632 960 200" (quote phone numbers).
 */
contact: Text
/**
 * When the channel is open: hours (at set hours, the default; give hours and timezone), 24x7, by_appointment, or unstated (your charter publishes no hours for it).
 */
availability?: ("hours" | "24x7" | "by_appointment" | "unstated")
/**
 * Opening hours: a list of days with open and close times, e.g. {days: [mon, tue], open: "08:30", close: "17:00"}.
 * 
 * @minItems 1
 */
hours?: OpeningHours[]
/**
 * The time zone the opening hours are in, as an IANA name, e.g. Europe/London.
 */
timezone?: string
/**
 * When the channel is closed, e.g. "Bank holidays".
 */
closed_on?: Text
/**
 * The languages offered on this channel, as a list of lines, e.g. [English, Welsh].
 */
languages?: TextList
/**
 * What the channel is for: enquiries, requests, emergencies, complaints, feedback, payments or quotes, e.g. [enquiries, payments].
 */
use_for?: ("enquiries" | "requests" | "emergencies" | "complaints" | "feedback" | "payments" | "quotes")[]
/**
 * What not to use the channel for, e.g. "Emergencies: call us instead."
 */
not_for?: Text
/**
 * public (the default) or staff: a staff channel is internal and appears only in the staff handbook.
 */
audience?: Audience
}
export interface OpeningHours {
/**
 * The days these hours apply to, at least one of mon, tue, wed, thu, fri, sat, sun, e.g. [mon, tue, wed, thu, fri].
 * 
 * @minItems 1
 */
days: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[]
/**
 * When the channel opens, "HH:MM" on the 24-hour clock, in quotes, e.g. "08:30".
 */
open: ClockTime
/**
 * When the channel closes, "HH:MM" on the 24-hour clock, in quotes, e.g. "17:00" ("24:00" for midnight at the end of the day).
 */
close: ClockTime
}
export interface Standard {
/**
 * An id for the standard, unique in the charter, e.g. rdc-calls.
 */
id: Id
/**
 * A short title, e.g. "Answering your call".
 */
title: Text
/**
 * The promise in plain words, 10 to 300 characters, as you publish it; every figure of the target must appear in it, e.g. "We answer 80% of calls within 30 seconds."
 */
commitment: string
/**
 * What kind of standard it is: timeliness, access, accuracy, courtesy, quality or information.
 */
category: ("timeliness" | "access" | "accuracy" | "courtesy" | "quality" | "information")
/**
 * What the standard covers: channels (channel ids), services (service ids) or both, e.g. {channels: [contact-centre]}.
 */
applies_to: {
/**
 * The channels this standard covers (channel ids).
 */
channels?: NonEmptyIdList
/**
 * The services this standard covers (service ids).
 */
services?: NonEmptyIdList
}
/**
 * The measurable part of the promise: its kind and figures, e.g. {kind: percent_within, threshold: 30 seconds, percent: 80}.
 */
target: Target
/**
 * How the standard is measured: method (required), with source and sample. Leave it out if your charter does not say; a public standard without it gets a warning.
 */
measurement?: {
/**
 * How it is measured: system_timestamps, telephony_reports, queue_system, case_management_system, job_records, customer_survey, sample_audit or mystery_shopping.
 */
method: ("system_timestamps" | "telephony_reports" | "queue_system" | "case_management_system" | "job_records" | "customer_survey" | "sample_audit" | "mystery_shopping")
/**
 * Where the figures come from, e.g. "Repairs system".
 */
source?: Text
/**
 * Who or what is sampled, e.g. "A text survey after every repair".
 */
sample?: Text
}
/**
 * When the clock starts, e.g. "when you join the queue".
 */
clock_starts?: Text
/**
 * true when you pay compensation if you miss the standard (then give compensation).
 */
guaranteed?: boolean
/**
 * What you pay if you miss a guaranteed standard (guaranteed: true only): amount, and how and when it is paid.
 */
compensation?: Compensation
/**
 * When the standard does not apply (the "normal circumstances" carve-outs), as a list of lines, e.g. [When we cannot get into your home].
 */
exclusions?: TextList
/**
 * How results for this standard are published: its frequency and the latest result.
 */
reporting?: {
/**
 * How often results for this standard are published: real_time, monthly, quarterly, six_monthly or annually. Without it, performance_reporting.frequency applies.
 */
frequency?: Frequency
/**
 * The latest result, e.g. {period: "2025-26", value: 76.4, unit: percent, met: false}.
 */
last_result?: LastResult
}
/**
 * The role accountable for the standard, e.g. "Customer Services Manager".
 */
owner?: Text
/**
 * public (the default) or staff: a staff standard appears only in the staff handbook.
 */
audience?: Audience
/**
 * The id of a narrative block shown with this standard.
 */
narrative?: Id
}
export interface LastResult {
/**
 * The period the result covers: text or a number, e.g. "July to September 2026" or 2026.
 */
period?: (string | number)
/**
 * The result, as a number, e.g. 76.4.
 */
value: number
/**
 * The result's unit, e.g. percent (per cent and % also mean a percent).
 */
unit?: string
/**
 * true when the result meets the target, false when it does not. It is checked against the value for percent, percent_within and max_count targets.
 */
met?: boolean
}
export interface Compensation {
/**
 * What you pay when you miss the standard, e.g. {amount: 10, currency: GBP}. Required for a guaranteed standard.
 */
amount?: Money
/**
 * A different amount for business (non-household) customers, e.g. {amount: 50, currency: GBP}.
 */
amount_non_household?: Money
/**
 * A further payment for each extra period of delay, e.g. {amount: 2, currency: GBP}; further_per gives the period.
 */
further_amount?: Money
/**
 * The period each further payment is for, a duration, e.g. "1 working day".
 */
further_per?: Duration
/**
 * How compensation is paid: automatic, on_claim (the client must claim; give claim_within) or automatic_or_claim.
 */
payment?: ("automatic" | "on_claim" | "automatic_or_claim")
/**
 * How soon you pay the compensation, a duration, e.g. "10 working days".
 */
pay_within?: Duration
/**
 * How long people have to claim, a duration, e.g. "3 months". Needed with payment: on_claim.
 */
claim_within?: Duration
/**
 * Paid when the compensation payment itself is late.
 */
late_payment?: {
/**
 * The extra sum paid when the compensation is late, e.g. {amount: 20, currency: GBP}.
 */
amount: Money
/**
 * How late the compensation must be before the extra payment is due, a duration, e.g. "10 working days".
 */
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
/**
 * The period the limit applies to, a duration, e.g. "1 year".
 */
per: Duration
}
}
export interface Money {
/**
 * The sum of money, 0 or more, e.g. 30.
 */
amount: number
/**
 * The ISO 4217 currency code, in capitals, e.g. GBP, EUR or KES (not KSH).
 */
currency: Currency
}
export interface Statement {
/**
 * An id, unique in the charter, e.g. right-respect.
 */
id: Id
/**
 * The right or obligation in plain words, e.g. "You will be treated with respect."
 */
text: Text
/**
 * public (the default) or staff: a staff item is kept out of public outputs.
 */
audience?: Audience
}
export interface Feedback {
/**
 * The ids of the channels that take feedback, at least one, e.g. [contact-centre, email].
 * 
 * @minItems 1
 */
channels: Id[]
/**
 * The kinds of feedback you welcome, at least one of compliment, comment, suggestion, complaint, survey.
 * 
 * @minItems 1
 */
types: ("compliment" | "comment" | "suggestion" | "complaint" | "survey")[]
/**
 * The surveys you run, e.g. "A text survey after each repair."
 */
surveys?: Text
/**
 * What happens to feedback, e.g. "The Tenants' Panel reviews it every quarter."
 */
how_we_use_it?: Text
}
export interface ComplaintStage {
/**
 * The stage number: 1, 2, 3 ... in order.
 */
stage: number
/**
 * The stage's name, e.g. "Stage 1 - we look into it".
 */
name: Text
/**
 * Who deals with the complaint at this stage, e.g. "The team manager".
 */
handled_by: Text
/**
 * How to ask for this stage, and what happens, e.g. "Tell us why you are still unhappy."
 */
how?: Text
/**
 * How long the client has to ask for this stage, a duration, e.g. "2 months".
 */
request_within?: Duration
/**
 * How soon a complaint at this stage is acknowledged, a duration, e.g. "5 working days".
 */
acknowledge_within?: Duration
/**
 * How soon the client gets an answer at this stage, a duration, e.g. "10 working days". An internal stage without it gets a warning.
 */
respond_within?: Duration
/**
 * true when someone outside your organisation handles this stage.
 */
external: boolean
/**
 * true when whoever handles this stage is independent of you. The last stage should be external and independent.
 */
independent: boolean
/**
 * The external body that handles this stage: name and kind, and a way to reach it (url, phone, email or address).
 */
body?: ComplaintBody
}
export interface PerformanceReporting {
/**
 * true when you publish your results.
 */
published?: boolean
/**
 * How often you publish results: real_time, monthly, quarterly, six_monthly or annually. Standards without their own reporting.frequency take this one.
 */
frequency?: Frequency
/**
 * Where results appear, e.g. "Our 'How we are doing' page".
 */
where?: Text
/**
 * A link to your published results, a full web address.
 */
url?: Url
/**
 * When results were last published, a full date, e.g. 2026-10-28.
 */
last_published?: CalendarDate
/**
 * Who checks the figures: a sentence, or true or false, e.g. "Internal Audit checks four standards a year."
 */
independent_assurance?: (string | boolean)
/**
 * Your results over time: a CSV file in the charter folder with the columns standard, period, value (and optionally sample and note), one row per standard and period, e.g. results.csv. Each standard's last_result is taken from it.
 */
results?: RelativePath
/**
 * The day your financial year starts, as MM-DD, for periods written as financial years (2026-27). Default 04-01.
 */
year_starts?: string
}
export interface Accessibility {
/**
 * Interpreters and translation, e.g. "We can book an interpreter for free."
 */
interpreting?: Text
/**
 * Text relay and similar services, e.g. "Dial 18001 then our number."
 */
relay?: Text
/**
 * Access to your buildings, e.g. "Step-free access and a hearing loop."
 */
physical_access?: Text
/**
 * Other help you offer, e.g. "We can visit you at home."
 */
extra_help?: Text
}
export interface Policy {
/**
 * An id for the policy, unique in the charter, e.g. pol-complaints.
 */
id: Id
/**
 * The policy's title, e.g. "Complaints policy".
 */
title: Text
/**
 * What the policy covers, e.g. "How we handle complaints."
 */
summary?: Text
/**
 * Where to read the policy, a full web address.
 */
url?: Url
}
export interface Review {
/**
 * Who is responsible for the charter, e.g. "Head of Customer Services".
 */
owner: Text
/**
 * How often the charter is reviewed, a duration, e.g. "1 year". next_review_due may be at most this plus 31 days after last_reviewed.
 */
cadence: Duration
/**
 * When the charter was last reviewed: a date (2026-09-14) or a month (2026-09). It may not be in the future.
 */
last_reviewed: CalendarMonthOrDate
/**
 * When the next review is due: a date (2027-09-14) or a month (2027-09). Past it, the charter is overdue (an error); within 60 days, a warning.
 */
next_review_due: CalendarMonthOrDate
/**
 * Who you asked when preparing or reviewing the charter: each with a method, and optionally a date, participants and summary.
 */
consultation?: {
/**
 * How you consulted, e.g. "Online residents' survey".
 */
method: Text
/**
 * When the consultation took place: a date or a month, e.g. 2026-05.
 */
date?: CalendarMonthOrDate
/**
 * How many took part, or who: a number or a description, e.g. 340 or "14 panel members".
 */
participants?: (number | string)
/**
 * What you learned or changed as a result.
 */
summary?: Text
}[]
/**
 * What changed in each version of the charter: each with a version, a date and a summary.
 */
change_log?: {
/**
 * The version that changed, as text, e.g. "4.0".
 */
version: string
/**
 * When that version was made: a date or a month, e.g. 2026-09.
 */
date: CalendarMonthOrDate
/**
 * What changed in that version, e.g. "Faster answers to emails."
 */
summary: Text
}[]
}
export interface Staff {
/**
 * Lines for the tick-box checklist in the handbook, e.g. [Read the complaints policy].
 */
induction_checklist?: TextList
/**
 * Standards for the team, with the same fields as a standard; their audience may be left out and may not be public.
 */
internal_standards?: InternalStandard[]
/**
 * Who staff can contact: each with a role and contact, and optionally a name and when to contact them.
 */
internal_contacts?: {
/**
 * The contact's role, e.g. "Duty manager".
 */
role: Text
/**
 * How to reach them, e.g. "ext 2040".
 */
contact: Text
/**
 * The contact's name.
 */
name?: Text
/**
 * When to contact them, e.g. "Threats of harm, at once".
 */
when?: Text
}[]
/**
 * When and how staff escalate, as a list of lines, e.g. [Threats of harm go to the duty manager at once].
 */
escalation_rules?: TextList
/**
 * The id of a narrative block for the handbook, e.g. staff-induction.
 */
narrative?: Id
}
export interface Outputs {
/**
 * Settings for the website summary: max_words, highlight_standards and your own text.
 */
website_summary?: {
/**
 * The longest the website summary may be, 30 to 200 words; 100 when left out.
 */
max_words?: number
/**
 * Up to 3 ids of standards to feature in the website summary.
 * 
 * @maxItems 3
 */
highlight_standards?: Id[]
/**
 * A website summary you write yourself instead of the generated one; it is still checked against max_words.
 */
text?: Text
}
/**
 * Settings for the public document (PDF): max_pages, paper, reading_grade_max and bilingual.
 */
public_document?: {
/**
 * The most pages the PDF should have, 1 or more; a longer PDF gets a max-pages warning.
 */
max_pages?: number
/**
 * The paper size of the PDF: A4 or Letter.
 */
paper?: ("A4" | "Letter")
/**
 * The highest reading grade (Flesch-Kincaid, 1 to 20) for public English text, e.g. 9; harder text gets a reading-grade warning.
 */
reading_grade_max?: number
/**
 * Two languages to print together in charter.bilingual.pdf, section by section, the first one first, e.g. [en-GB, cy]. Each is the primary language or a translation with a source.
 * 
 * @minItems 2
 * @maxItems 2
 */
bilingual?: LanguageTag[]
}
/**
 * Settings for the staff handbook: its title.
 */
handbook?: {
/**
 * The handbook's title, 3 to 160 characters, e.g. "Repairs team handbook".
 */
title?: string
}
}
export interface Theme {
/**
 * The accent colour, as a CSS hex colour in quotes, e.g. "#1f6f8b" (an unquoted # starts a YAML comment).
 */
color?: string
/**
 * The logo: a file inside the charter folder (PNG, JPEG, GIF, WebP or SVG, at most 2 MB), e.g. assets/logo.svg. It is embedded in the outputs.
 */
logo?: RelativePath
}
