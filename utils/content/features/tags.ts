/** Local-product tags the listing earned, added in the marketplace's own form (hashtag in the description, or a title keyword). */
import type { TextField } from '../../marketplaces/editor/types';
import { readFieldText } from '../../dom/field-kind';
import { hashtagRoom, importSignals, suggestTags } from '../../tags';
import { appendTag } from '../../tags/append-tag';
import { coveredByTitle } from '../../tags/in-title';
import { replaceFieldText } from '../field-writer';
import type { PageFeature } from './types';

export const tagsFeature: PageFeature = {
  id: 'tags',
  kinds: ['listing-editor'],
  reads: ['listing'],
  shows: ['tags'],
  start: ({ store, listing }) => {
    listing?.onListing((read) =>
      store.set({
        tags: {
          suggestions: suggestTags(read).map((tag) => ({
            ...tag,
            inTitle: !tag.insert.startsWith('#') && coveredByTitle(read.title, tag.insert),
          })),
          importSignals: importSignals(read),
          hashtags: hashtagRoom(read),
        },
      }),
    );
    return {
      actions: {
        insertTag: (tag) => {
          if (!listing) return;
          const field: TextField = tag.insert.startsWith('#') ? 'description' : 'title';
          const el = listing.element(field);
          const next = appendTag(el ? readFieldText(el) : '', tag.insert, field);
          void replaceFieldText(el, field, next).then(({ notice, edit }) => listing.show(notice, edit));
        },
      },
      dispose: () => undefined,
    };
  },
};
