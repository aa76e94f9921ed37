/** Shopee's content diagnosis asks for a video (LACK_OF_VIDEO, marketplaces.md §2); only said when the page shows there is none. */
import type { Rule } from '../types';
import { makeFinding } from '../finding';

export const videoMissing: Rule<'video-missing'> = {
  id: 'video-missing',
  messageKeys: ['rule_video_missing'],
  check({ listing, profile }) {
    return profile.video && listing.hasVideo === false ? [makeFinding('video-missing', profile.video, 'hasVideo', [profile.name])] : [];
  },
};
