export type { CallHistoryOptions, TelavoxBackend } from './backend';
export { type DialString, isDialString, toDialString } from './dial-string';
export {
  describeFailure,
  ForbiddenError,
  InvalidNumberError,
  type InvalidNumberReason,
  NotFoundError,
  OfflineError,
  RateLimitedError,
  ServerError,
  SignedOutError,
  TELAVOX_FAILURE_KINDS,
  TelavoxError,
  type TelavoxFailure,
  type TelavoxFailureKind,
  TelavoxRejectedError,
  TelavoxTimeoutError,
  TokenRejectedError,
  telavoxFailureSchema,
  UnexpectedResponseError,
} from './errors';
export type { TelavoxAuth } from './http';
export {
  type ActiveCall,
  activeCallSchema,
  type CallRecord,
  callHistorySchema,
  callRecordSchema,
  extensionListSchema,
  type PresenceProfile,
  presenceProfileSchema,
  type TelavoxExtension,
  telavoxExtensionSchema,
  type ValidatedList,
} from './schemas';
export { createV1Backend, type V1BackendOptions } from './v1';
