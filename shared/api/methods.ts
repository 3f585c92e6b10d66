// The method names, as most of the code imports them; they are the contract's keys (./contract.ts).
export { API_METHODS, isApiMethod, type ApiMethod } from './contract';
