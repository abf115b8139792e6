/** Answers several operations document alike (the schemas themselves are in @koers/contract). */
import { ErrorBody } from '@koers/contract';

const json = { 'application/json': { schema: ErrorBody } };

/** What every operation answers to a token that is not valid, and reads to no token when they are private. */
export const TokenRefused = {
  description: 'The token sent is not valid (unknown, revoked or malformed); or no token was sent to a server whose reads are private',
  content: json,
};
