/** A story that turned out to be another: its id keeps resolving to the survivor. */
export interface StoryMergesTable {
  merged_id: string;
  into_id: string;
  score: number;
  merged_at: string;
}
