/** Runs file operations a few at a time: one at a time is slow, all at once opens too many files. */
export async function inBatches(tasks: (() => Promise<void>)[], size = 32): Promise<void> {
  for (let start = 0; start < tasks.length; start += size) {
    await Promise.all(tasks.slice(start, start + size).map((task) => task()));
  }
}
