/** The listing-editor section: what Rapi read from the form, teach mode, and the notice after an edit (with undo). */
import { undoEdit } from '../field-writer';
import type { PageFeature } from './types';

export const listingFieldsFeature: PageFeature = {
  id: 'listing-fields',
  kinds: ['listing-editor'],
  reads: ['listing'],
  shows: ['listing', 'notice'],
  start: ({ listing, store }) => ({
    actions: {
      teach: (field) => listing?.controller()?.teach(field),
      cancelTeach: () => listing?.controller()?.cancelTeach(),
      focusField: (field) => listing?.controller()?.focusField(field),
      undo: () => {
        const edit = listing?.lastEdit();
        if (edit) void undoEdit(listing?.element(edit.field), edit).then((notice) => listing?.show(notice));
      },
      dismissNotice: () => store.set({ notice: undefined }),
    },
    dispose: () => undefined,
  }),
};
