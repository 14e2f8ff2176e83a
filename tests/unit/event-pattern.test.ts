/**
 * EventBridge event-pattern stand-in, checked against the examples in the Amazon EventBridge
 * user guide. Each row quotes the documented pattern and event and the documented outcome;
 * rows marked "(derived)" are the negative or edge case of a documented example.
 *
 * Sources (Amazon EventBridge User Guide):
 *   [patterns]  "Amazon EventBridge event patterns" / "Event pattern syntax"
 *   [null]      "Matching null values and empty strings in Amazon EventBridge event patterns"
 *   [arrays]    "Arrays in Amazon EventBridge event patterns"
 *   [filtering] "Content filtering in Amazon EventBridge event patterns"
 *   [operators] "Comparison operators for use in event patterns in Amazon EventBridge"
 *   [blog]      AWS Compute Blog, "Filtering events in Amazon EventBridge with wildcard pattern matching"
 */
import { describe, it, expect } from 'vitest';
import {
  matchesPattern,
  validatePattern,
  SUPPORTED_OPERATORS,
  type EventPattern,
} from '../../infra/local/event-pattern.ts';

type Row = [name: string, pattern: EventPattern, event: Record<string, unknown>, expected: boolean];

const ec2Event = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};
const ec2TerminatedPattern = {
  source: ['aws.ec2'],
  'detail-type': ['EC2 Instance State-change Notification'],
  detail: { state: ['terminated'] },
};

// [null]: "Consider the following example event."
const autoscalingEvent = {
  version: '0',
  id: '3e3c153a-8339-4e30-8c35-687ebef853fe',
  'detail-type': 'EC2 Instance Launch Successful',
  source: 'aws.autoscaling',
  account: '123456789012',
  time: '2015-11-11T21:31:47Z',
  region: 'us-east-1',
  resources: [],
  detail: { eventVersion: '', responseElements: null },
};

// [patterns] Macie event (truncated in the guide).
const macieEvent = {
  version: '0',
  id: '3e355723-fca9-4de3-9fd7-154c289d6b59',
  'detail-type': 'Macie Alert',
  source: 'aws.macie',
  account: '123456789012',
  time: '2017-04-24T22:28:49Z',
  region: 'us-east-1',
  resources: [
    'arn:aws:macie:us-east-1:123456789012:trigger/trigger_id/alert/alert_id',
    'arn:aws:macie:us-east-1:123456789012:trigger/trigger_id',
  ],
  detail: {
    'notification-type': 'ALERT_CREATED',
    name: 'Scanning bucket policies',
    tags: ['Custom_Alert', 'Insider'],
    'risk-score': 80,
    trigger: { 'alert-type': 'basic', risk: 8 },
  },
};
const maciePattern = {
  source: ['aws.macie'],
  'detail-type': ['Macie Alert'],
  detail: { 'risk-score': [80], trigger: { risk: [8] } },
};

// [arrays] pattern and event fields.
const resourcesPattern = {
  resources: [
    'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
    'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
    'arn:aws:ec2:us-east-1:444455556666:instance/i-b188560f',
  ],
};

// [filtering] numeric example, also used by the $or example.
const numericPattern = {
  detail: {
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ numeric: ['=', 3.018e2] }],
  },
};

// [filtering] "Complex example with multiple matching".
const complexPattern = {
  time: [{ prefix: '2017-10-02' }],
  detail: {
    state: [{ 'anything-but': 'initializing' }],
    'c-count': [{ numeric: ['>', 0, '<=', 5] }],
    'd-count': [{ numeric: ['<', 10] }],
    'x-limit': [{ 'anything-but': [100, 200, 300] }],
  },
};
const complexEvent = {
  time: '2017-10-02T18:43:48Z',
  detail: { state: 'running', 'c-count': 3, 'd-count': 4, 'x-limit': 150 },
};

// [filtering] "Exists matching" events.
const existsMatchingEvent = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-abcd1111', state: 'pending' },
};
const existsNonMatchingEvent = {
  'detail-type': ['EC2 Instance State-change Notification'],
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-02ebd4584a2ebd341'],
  detail: { 'c-count': { c1: 100 } },
};

// [filtering] $or example: matches when any one of the three conditions holds.
const orPattern = {
  detail: {
    $or: [
      { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
      { 'd-count': [{ numeric: ['<', 10] }] },
      { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
    ],
  },
};

const structureRows: Row[] = [
  ['[patterns] EC2 instance-termination pattern matches the EC2 event', ec2TerminatedPattern, ec2Event, true],
  ['(derived) same pattern, state "running"', ec2TerminatedPattern, { ...ec2Event, detail: { state: 'running' } }, false],
  ['(derived) the event must contain every field the pattern names', ec2TerminatedPattern, { source: 'aws.ec2', 'detail-type': 'EC2 Instance State-change Notification' }, false],
  ['(derived) fields must appear with the same nesting', ec2TerminatedPattern, { ...ec2Event, detail: undefined, state: 'terminated' }, false],
  ['[patterns] {"source": ["aws.ec2", "aws.fargate"]} matches aws.fargate', { source: ['aws.ec2', 'aws.fargate'] }, { source: 'aws.fargate' }, true],
  ['(derived) ...and not aws.s3', { source: ['aws.ec2', 'aws.fargate'] }, { source: 'aws.s3' }, false],
  ['[patterns] Macie risk-score 80 and trigger risk 8', maciePattern, macieEvent, true],
  ['(derived) Macie trigger risk 7', maciePattern, { ...macieEvent, detail: { ...macieEvent.detail, trigger: { risk: 7 } } }, false],
  ['[patterns] responseElements [null] matches the Auto Scaling event', { source: ['aws.autoscaling'], 'detail-type': ['EC2 Instance Launch Successful'], detail: { responseElements: [null] } }, autoscalingEvent, true],
  ['[null] eventVersion [""] matches an empty string', { detail: { eventVersion: [''] } }, autoscalingEvent, true],
  ['[null] responseElements [null] matches null', { detail: { responseElements: [null] } }, autoscalingEvent, true],
  ['[null] "Null values and empty strings are not interchangeable": [""] vs null', { detail: { responseElements: [''] } }, autoscalingEvent, false],
  ['[null] ...and [null] vs ""', { detail: { eventVersion: [null] } }, autoscalingEvent, false],
  ['(derived) [null] does not match an absent field', { detail: { missing: [null] } }, autoscalingEvent, false],
  ['[arrays] non-empty intersection of pattern array and event array', resourcesPattern, { resources: ['arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:eb56d16b-bbf0-401d-b893-d5978ed4a025:autoScalingGroupName/ASGTerminate', 'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] }, true],
  ['(derived) empty intersection', resourcesPattern, { resources: ['arn:aws:ec2:us-east-1:999999999999:instance/i-b188560f'] }, false],
  ['(derived) exact matching is case-sensitive ("without case-folding")', { source: ['aws.ec2'] }, { source: 'AWS.EC2' }, false],
  ['(derived) exact number matches by value', { detail: { 'x-limit': [301.8] } }, { detail: { 'x-limit': 3.018e2 } }, true],
  ['(derived) a number does not match the same digits as a string', { detail: { 'x-limit': [300] } }, { detail: { 'x-limit': '300' } }, false],
  ['(derived) booleans match exactly', { detail: { enabled: [true] } }, { detail: { enabled: true } }, true],
  ['(derived) boolean true does not match the string "true"', { detail: { enabled: [true] } }, { detail: { enabled: 'true' } }, false],
  ['(derived) an empty alternatives array matches nothing', { source: [] }, { source: 'aws.ec2' }, false],
  ['(derived) nested pattern on an array of objects: one element must satisfy it all', { detail: { items: { sku: ['a'], qty: [2] } } }, { detail: { items: [{ sku: 'a', qty: 1 }, { sku: 'b', qty: 2 }] } }, false],
  ['(derived) ...and matches when one element does', { detail: { items: { sku: ['a'], qty: [2] } } }, { detail: { items: [{ sku: 'b', qty: 1 }, { sku: 'a', qty: 2 }] } }, true],
  [
    '[filtering] duplicated key: "the last reference will be the one used"',
    JSON.parse('{"detail":{"location":[{"prefix":"us-"}],"location":[{"anything-but":"us-east"}]}}') as EventPattern,
    { detail: { location: 'eu-west' } },
    true,
  ],
];

const prefixSuffixRows: Row[] = [
  ['[filtering] prefix "2017-10-02" matches "2017-10-02T18:43:48Z"', { time: [{ prefix: '2017-10-02' }] }, { time: '2017-10-02T18:43:48Z' }, true],
  ['(derived) prefix "2017-10-02" vs "2017-10-03T00:00:00Z"', { time: [{ prefix: '2017-10-02' }] }, { time: '2017-10-03T00:00:00Z' }, false],
  ['(derived) prefix only applies to strings', { detail: { code: [{ prefix: '20' }] } }, { detail: { code: 2017 } }, false],
  ['[operators] Begins with: "Region": [ {"prefix": "us-" } ]', { Region: [{ prefix: 'us-' }] }, { Region: 'us-east-1' }, true],
  ['(derived) prefix is case-sensitive', { Region: [{ prefix: 'us-' }] }, { Region: 'US-EAST-1' }, false],
  ['[filtering] prefix equals-ignore-case "EventB" matches "EVENTB..."', { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } }, { detail: { service: 'EVENTBRIDGE' } }, true],
  ['[filtering] ...and "eventb..."', { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } }, { detail: { service: 'eventbus' } }, true],
  ['(derived) ...but not "Lambda"', { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } }, { detail: { service: 'Lambda' } }, false],
  ['[filtering] suffix ".png" matches "FileName" ending in .png', { FileName: [{ suffix: '.png' }] }, { FileName: 'photo.png' }, true],
  ['(derived) suffix ".png" vs "photo.jpg"', { FileName: [{ suffix: '.png' }] }, { FileName: 'photo.jpg' }, false],
  ['(derived) suffix is case-sensitive', { FileName: [{ suffix: '.png' }] }, { FileName: 'photo.PNG' }, false],
  ['[filtering] suffix equals-ignore-case ".png" matches ".PNG"', { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } }, { detail: { FileName: 'photo.PNG' } }, true],
  ['(derived) suffix equals-ignore-case ".png" vs ".gif"', { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } }, { detail: { FileName: 'photo.gif' } }, false],
  ['[operators] Ends with (ignore case): "tbridge" matches "TBRIDGE"', { service: [{ suffix: { 'equals-ignore-case': 'tbridge' } }] }, { service: 'EVENTBRIDGE' }, true],
];

const anythingButRows: Row[] = [
  ['[filtering] anything-but "initializing" matches "running"', { detail: { state: [{ 'anything-but': 'initializing' }] } }, { detail: { state: 'running' } }, true],
  ['(derived) anything-but "initializing" vs "initializing"', { detail: { state: [{ 'anything-but': 'initializing' }] } }, { detail: { state: 'initializing' } }, false],
  ['[filtering] anything-but 123 matches 456', { detail: { 'x-limit': [{ 'anything-but': 123 }] } }, { detail: { 'x-limit': 456 } }, true],
  ['(derived) anything-but 123 vs 123', { detail: { 'x-limit': [{ 'anything-but': 123 }] } }, { detail: { 'x-limit': 123 } }, false],
  ['[filtering] anything-but ["stopped", "overloaded"] matches "running"', { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, { detail: { state: 'running' } }, true],
  ['(derived) ...vs "overloaded"', { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } }, { detail: { state: 'overloaded' } }, false],
  ['[filtering] anything-but [100, 200, 300] matches 150', { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } }, { detail: { 'x-limit': 150 } }, true],
  ['(derived) ...vs 200', { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } }, { detail: { 'x-limit': 200 } }, false],
  ['[filtering] anything-but prefix "init" matches "running"', { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, { detail: { state: 'running' } }, true],
  ['(derived) anything-but prefix "init" vs "initializing"', { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, { detail: { state: 'initializing' } }, false],
  ['[operators] anything-but suffix ".png": "notes.txt" does not end with .png', { FileName: [{ 'anything-but': { suffix: '.png' } }] }, { FileName: 'notes.txt' }, true],
  ['(derived) anything-but suffix ".png" vs "photo.png"', { FileName: [{ 'anything-but': { suffix: '.png' } }] }, { FileName: 'photo.png' }, false],
  ['[operators] anything-but equals-ignore-case "initializing" vs "INITIALIZING"', { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] }, { state: 'INITIALIZING' }, false],
  ['(derived) ...matches "running"', { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] }, { state: 'running' }, true],
  ['(derived) anything-but equals-ignore-case list', { state: [{ 'anything-but': { 'equals-ignore-case': ['initializing', 'stopped'] } }] }, { state: 'Stopped' }, false],
  ['[operators] anything-but wildcard "*/lib/*" vs a path that includes /lib/', { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] }, { FilePath: '/usr/lib/libc.so' }, false],
  ['(derived) ...matches a path without /lib/', { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] }, { FilePath: '/usr/bin/env' }, true],
  ['[operators] Not: "Weather": [ { "anything-but": [ "Raining" ] } ]', { Weather: [{ 'anything-but': ['Raining'] }] }, { Weather: 'Sunny' }, true],
  ['(derived) anything-but needs the field to be present', { detail: { state: [{ 'anything-but': 'initializing' }] } }, { detail: {} }, false],
  ['[filtering] complex example: prefix + anything-but + numeric', complexPattern, complexEvent, true],
  ['(derived) complex example with x-limit 300', complexPattern, { ...complexEvent, detail: { ...complexEvent.detail, 'x-limit': 300 } }, false],
  ['(derived) complex example with state "initializing"', complexPattern, { ...complexEvent, detail: { ...complexEvent.detail, state: 'initializing' } }, false],
];

const numericRows: Row[] = [
  ['[filtering] numeric example: c-count 5, d-count 9, x-limit 301.8', numericPattern, { detail: { 'c-count': 5, 'd-count': 9, 'x-limit': 301.8 } }, true],
  ['(derived) "> 0" excludes 0', numericPattern, { detail: { 'c-count': 0, 'd-count': 9, 'x-limit': 301.8 } }, false],
  ['(derived) "<= 5" excludes 5.5', numericPattern, { detail: { 'c-count': 5.5, 'd-count': 9, 'x-limit': 301.8 } }, false],
  ['(derived) "< 10" excludes 10', numericPattern, { detail: { 'c-count': 1, 'd-count': 10, 'x-limit': 301.8 } }, false],
  ['(derived) "= 3.018e2" excludes 301.9', numericPattern, { detail: { 'c-count': 1, 'd-count': 1, 'x-limit': 301.9 } }, false],
  ['[filtering] "Numeric matching works with values that are JSON numbers": not "5"', numericPattern, { detail: { 'c-count': '5', 'd-count': 9, 'x-limit': 301.8 } }, false],
  ['[operators] Numeric (equals): Price is 100', { Price: [{ numeric: ['=', 100] }] }, { Price: 100 }, true],
  ['[operators] Numeric (range): more than 10, at most 20 - 20', { Price: [{ numeric: ['>', 10, '<=', 20] }] }, { Price: 20 }, true],
  ['(derived) Numeric (range): 10 is not more than 10', { Price: [{ numeric: ['>', 10, '<=', 20] }] }, { Price: 10 }, false],
  ['(derived) ">=" includes the bound', { Price: [{ numeric: ['>=', 10] }] }, { Price: 10 }, true],
  ['(derived) numeric against an array: any element in range', { detail: { sizes: [{ numeric: ['>', 100] }] } }, { detail: { sizes: [1, 2, 300] } }, true],
];

const cidrRows: Row[] = [
  ['[filtering] cidr 10.0.0.0/24 matches 10.0.0.255', { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, { detail: { sourceIPAddress: '10.0.0.255' } }, true],
  ['[filtering] cidr 10.0.0.0/24 matches 10.0.0.0', { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, { detail: { sourceIPAddress: '10.0.0.0' } }, true],
  ['(derived) cidr 10.0.0.0/24 vs 10.0.1.0', { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, { detail: { sourceIPAddress: '10.0.1.0' } }, false],
  ['(derived) cidr vs a value that is not an IP address', { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } }, { detail: { sourceIPAddress: 'localhost' } }, false],
  ['[filtering] "IPv4 and IPv6": 2001:db8::/32 matches 2001:db8:1::1', { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } }, { detail: { sourceIPAddress: '2001:db8:1::1' } }, true],
  ['(derived) 2001:db8::/32 vs 2001:db9::1', { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } }, { detail: { sourceIPAddress: '2001:db9::1' } }, false],
  ['(derived) an IPv6 range does not match an IPv4 address', { detail: { sourceIPAddress: [{ cidr: '2001:db8::/32' }] } }, { detail: { sourceIPAddress: '10.0.0.1' } }, false],
];

const existsRows: Row[] = [
  ['[filtering] exists true on detail.state matches the event with a state', { detail: { state: [{ exists: true }] } }, existsMatchingEvent, true],
  ['[filtering] ...and "does NOT match" the event without detail.state', { detail: { state: [{ exists: true }] } }, existsNonMatchingEvent, false],
  ['[filtering] exists false on detail.c-count matches an event without it', { detail: { 'c-count': [{ exists: false }] } }, { 'detail-type': ['EC2 Instance State-change Notification'], detail: { state: ['initializing', 'running'] } }, true],
  ['[filtering] exists false also matches when c-count "isn\'t a leaf node"', { detail: { 'c-count': [{ exists: false }] } }, { detail: { state: ['initializing', 'running'], 'c-count': { c1: 100 } } }, true],
  ['(derived) exists false vs a present leaf', { detail: { 'c-count': [{ exists: false }] } }, { detail: { 'c-count': 3 } }, false],
  ['(derived) exists false when the parent object is absent', { detail: { 'c-count': [{ exists: false }] } }, { source: 'aws.ec2' }, true],
  ['[operators] ProductName exists', { ProductName: [{ exists: true }] }, { ProductName: 'Widget' }, true],
  ['[operators] ProductName does not exist', { ProductName: [{ exists: false }] }, { Name: 'Widget' }, true],
  ['(derived) exists true holds for a null value (null is a value)', { detail: { responseElements: [{ exists: true }] } }, autoscalingEvent, true],
];

const equalsIgnoreCaseRows: Row[] = [
  ['[filtering] equals-ignore-case on detail-type', { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] }, { 'detail-type': ['EC2 Instance State-change Notification'], detail: { 'c-count': { c1: 100 } } }, true],
  ['[operators] Equals (ignore case): "Name" is "Alice"', { Name: [{ 'equals-ignore-case': 'alice' }] }, { Name: 'Alice' }, true],
  ['(derived) equals-ignore-case is still whole-string equality', { Name: [{ 'equals-ignore-case': 'alice' }] }, { Name: 'Alicia' }, false],
  ['(derived) equals-ignore-case only applies to strings', { code: [{ 'equals-ignore-case': '42' }] }, { code: 42 }, false],
];

const wildcardRows: Row[] = [
  ['[operators] wildcard "dir/*.png": a .png file in "dir"', { FileName: [{ wildcard: 'dir/*.png' }] }, { FileName: 'dir/photo.png' }, true],
  ['(derived) wildcard "dir/*.png" vs another folder', { FileName: [{ wildcard: 'dir/*.png' }] }, { FileName: 'other/photo.png' }, false],
  ['(derived) wildcard "dir/*.png" vs another extension', { FileName: [{ wildcard: 'dir/*.png' }] }, { FileName: 'dir/photo.jpg' }, false],
  ['[blog] "*.png" matches strings that end with ".png"', { key: [{ wildcard: '*.png' }] }, { key: 'a/b/c.png' }, true],
  ['[blog] "*" matches zero characters: "*.png" matches ".png"', { key: [{ wildcard: '*.png' }] }, { key: '.png' }, true],
  ['[blog] "*Title*" matches values that include "Title"', { key: [{ wildcard: '*Title*' }] }, { key: 'The Title Page' }, true],
  ['(derived) "*Title*" vs a value without it', { key: [{ wildcard: '*Title*' }] }, { key: 'The Index' }, false],
  ['(derived) a wildcard is anchored at both ends', { key: [{ wildcard: 'a*c' }] }, { key: 'abcd' }, false],
  ['(derived) a wildcard without * is an exact match', { key: [{ wildcard: 'abc' }] }, { key: 'abcd' }, false],
  ['(derived) repeated pieces: "*ab*ab" matches "xabyab"', { key: [{ wildcard: '*ab*ab' }] }, { key: 'xabyab' }, true],
  ['(derived) pieces may not overlap: "*ab*ab" vs "aab"', { key: [{ wildcard: '*ab*ab' }] }, { key: 'aab' }, false],
  ['[operators] "\\*" is a literal *', { key: [{ wildcard: 'a\\*b' }] }, { key: 'a*b' }, true],
  ['(derived) ...so "a\\*b" does not match "aXb"', { key: [{ wildcard: 'a\\*b' }] }, { key: 'aXb' }, false],
  ['[operators] "\\\\" is a literal backslash', { key: [{ wildcard: 'C:\\\\*' }] }, { key: 'C:\\temp' }, true],
  ['(derived) wildcard only applies to strings', { key: [{ wildcard: '*' }] }, { key: 5 }, false],
];

const orRows: Row[] = [
  ['[filtering] $or: only d-count < 10 holds', orPattern, { detail: { 'c-count': 9, 'd-count': 5, 'x-limit': 1 } }, true],
  ['[filtering] $or: only x-limit = 3.018e2 holds', orPattern, { detail: { 'x-limit': 301.8 } }, true],
  ['(derived) $or: none holds', orPattern, { detail: { 'c-count': 9, 'd-count': 50, 'x-limit': 1 } }, false],
  ['[operators] Or (multiple fields): Location is "New York"', { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] }, { Location: 'New York', Day: 'Friday' }, true],
  ['[operators] ...or Day is "Monday"', { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] }, { Location: 'Paris', Day: 'Monday' }, true],
  ['(derived) ...neither', { $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] }, { Location: 'Paris', Day: 'Friday' }, false],
  ['(derived) $or is ANDed with sibling fields', { source: ['aws.ec2'], $or: [{ Location: ['New York'] }, { Day: ['Monday'] }] }, { source: 'aws.s3', Day: 'Monday' }, false],
  ['(derived) $or nested in a $or alternative', { $or: [{ a: ['1'] }, { $or: [{ b: ['2'] }, { c: ['3'] }] }] }, { c: '3' }, true],
  ['(derived) $or alternatives may descend into objects', { $or: [{ detail: { state: ['stopped'] } }, { source: ['aws.s3'] }] }, { source: 'aws.ec2', detail: { state: 'stopped' } }, true],
];

describe('matchesPattern', () => {
  describe.each([
    ['structure, null, empty string, arrays', structureRows],
    ['prefix and suffix', prefixSuffixRows],
    ['anything-but', anythingButRows],
    ['numeric', numericRows],
    ['cidr', cidrRows],
    ['exists', existsRows],
    ['equals-ignore-case', equalsIgnoreCaseRows],
    ['wildcard', wildcardRows],
    ['$or', orRows],
  ])('%s', (_group, rows) => {
    it.each(rows)('%s', (_name, pattern, event, expected) => {
      expect(matchesPattern(pattern, event)).toBe(expected);
    });
  });
});

describe('validatePattern', () => {
  // Every pattern above is documented (or a small variation of one) and must be accepted -
  // except the empty alternatives array, which matches nothing but is still well-formed.
  const allPatterns = [
    ...structureRows, ...prefixSuffixRows, ...anythingButRows, ...numericRows, ...cidrRows,
    ...existsRows, ...equalsIgnoreCaseRows, ...wildcardRows, ...orRows,
  ].map(([name, pattern]) => [name, pattern] as const);

  it.each(allPatterns)('accepts: %s', (_name, pattern) => {
    expect(() => validatePattern(pattern)).not.toThrow();
  });

  const tooManyCombinations = {
    // 11 * 10 * 10 = 1100 combinations, above the documented limit of 1000.
    $or: Array.from({ length: 11 }, (_, i) => ({ a: [String(i)] })),
    detail: {
      $or: Array.from({ length: 10 }, (_, i) => ({ b: [String(i)] })),
      inner: { $or: Array.from({ length: 10 }, (_, i) => ({ c: [String(i)] })) },
    },
  };

  const rejected: [name: string, pattern: unknown, message: RegExp][] = [
    ['an unknown operator, naming path and operator', { detail: { state: [{ contains: 'init' }] } }, /detail\.state\[0\].*unsupported operator "contains"/],
    ['numeric with a non-number', { price: [{ numeric: ['>', '5'] }] }, /price\[0\]\.numeric\[1\].*expected a number/],
    ['numeric with an unknown comparison', { price: [{ numeric: ['!=', 5] }] }, /price\[0\]\.numeric.*unknown comparison "!="/],
    ['numeric with an odd number of terms', { price: [{ numeric: ['>', 0, '<'] }] }, /price\[0\]\.numeric/],
    ['numeric range given upper bound first', { price: [{ numeric: ['<', 10, '>', 0] }] }, /lower bound then an upper bound/],
    ['numeric range with bottom >= top', { price: [{ numeric: ['>', 10, '<', 5] }] }, /lower bound of a range must be less/],
    ['numeric "=" inside a range', { price: [{ numeric: ['=', 1, '<', 5] }] }, /lower bound then an upper bound/],
    ['numeric beyond the documented +/-5.0e9', { price: [{ numeric: ['>', 6e9] }] }, /between -5000000000 and 5000000000/],
    ['a nested $or with one element', { detail: { $or: [{ a: ['1'] }] } }, /detail\.\$or.*at least 2/],
    ['a $or that is not an array', { $or: { a: ['1'] } }, /\$or.*at least 2/],
    ['a $or element that is not an object', { $or: [{ a: ['1'] }, ['b']] }, /\$or\[1\].*must be objects/],
    ['too many $or combinations', tooManyCombinations, /1100 rule combinations/],
    ['exists with a non-boolean', { a: [{ exists: 'yes' }] }, /a\[0\]\.exists.*true or false/],
    ['prefix with a number', { a: [{ prefix: 1 }] }, /a\[0\]\.prefix.*expected a string/],
    ['prefix with an unknown nested key', { a: [{ prefix: { 'ignore-case': 'x' } }] }, /a\[0\]\.prefix.*equals-ignore-case/],
    ['suffix equals-ignore-case with a number', { a: [{ suffix: { 'equals-ignore-case': 1 } }] }, /a\[0\]\.suffix\.equals-ignore-case/],
    ['equals-ignore-case with a number', { a: [{ 'equals-ignore-case': 1 }] }, /a\[0\]\.equals-ignore-case/],
    ['anything-but with a mixed list', { a: [{ 'anything-but': ['x', 1] }] }, /only strings or only numbers/],
    ['anything-but with an empty list', { a: [{ 'anything-but': [] }] }, /non-empty/],
    ['anything-but with a boolean', { a: [{ 'anything-but': true }] }, /a\[0\]\.anything-but/],
    ['anything-but with a list of prefixes ("only works with a single prefix")', { a: [{ 'anything-but': { prefix: ['x', 'y'] } }] }, /anything-but\.prefix.*expected a string/],
    ['anything-but with an unsupported nested operator', { a: [{ 'anything-but': { numeric: ['>', 1] } }] }, /unsupported operator "numeric" inside anything-but/],
    ['anything-but wildcard with a bad escape', { a: [{ 'anything-but': { wildcard: ['ok*', 'a\\b'] } }] }, /anything-but\.wildcard\[1\].*invalid escape/],
    ['wildcard with an escape other than \\* or \\\\', { a: [{ wildcard: 'a\\b' }] }, /a\[0\]\.wildcard.*invalid escape/],
    ['wildcard with consecutive stars', { a: [{ wildcard: 'dir/**.png' }] }, /consecutive wildcard/],
    ['cidr without a prefix length', { ip: [{ cidr: '10.0.0.0' }] }, /ip\[0\]\.cidr.*malformed CIDR/],
    ['cidr with an IPv4 prefix length over 32', { ip: [{ cidr: '10.0.0.0/33' }] }, /malformed CIDR/],
    ['cidr with something that is not an address', { ip: [{ cidr: 'example.com/8' }] }, /malformed CIDR/],
    ['a field whose value is a bare string', { source: 'aws.ec2' }, /source.*expected an array of values or a nested object/],
    ['an operator object with two operators', { a: [{ prefix: 'x', suffix: 'y' }] }, /a\[0\].*exactly one operator, got 2/],
    ['an array nested in the alternatives', { a: [['x']] }, /a\[0\].*values must be/],
    ['an empty nested object', { detail: {} }, /detail.*empty objects/],
    ['a pattern that is not an object', ['aws.ec2'], /<root>.*JSON object/],
  ];

  it.each(rejected)('rejects %s', (_name, pattern, message) => {
    expect(() => validatePattern(pattern as EventPattern)).toThrow(message);
  });
});

describe('SUPPORTED_OPERATORS', () => {
  it.each(['prefix', 'suffix', 'equals-ignore-case', 'wildcard', 'anything-but', 'numeric', 'exists', 'cidr', '$or'])(
    'lists %s',
    (op) => {
      expect(SUPPORTED_OPERATORS.some((entry) => entry === op || entry.startsWith(`${op} `))).toBe(true);
    },
  );
});
