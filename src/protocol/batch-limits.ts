/**
 * Settled searches per `POST /v1/search-events` batch (insights.ts). A module of its own so the
 * SDK's search reporter (a lazy chunk) can use it without loading the insights schemas, and the
 * runtime chunk (the drawer's budgeted bytes) does not carry it.
 */
export const SEARCH_EVENTS_MAX = 50;
