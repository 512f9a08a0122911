/** Waiting between tries: the one `sleep` of the senders (e-mail retries, Telegram's `retry_after`). */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
