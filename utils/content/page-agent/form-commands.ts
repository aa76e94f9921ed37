/**
 * The side panel's commands, carried out on the add/edit form with the code the floating
 * panel uses (listing controller, field writer): focus a field, apply a fix, add a tag,
 * undo Rapi's last edit, teach a field. Each answers the notice the seller sees.
 */
import { readFieldText } from '../../dom/field-kind';
import type { TextField } from '../../marketplaces/editor/types';
import type { PageCommand } from '../../messaging/tab-protocol';
import type { Notice } from '../../panel/panel-store';
import { appendTag } from '../../tags/append-tag';
import { applyFixOnPage, replaceFieldText, undoEdit, type AppliedEdit } from '../field-writer';
import type { ListingController } from '../listing-controller';

const TEXT_FIELDS: readonly string[] = ['title', 'description', 'priceIdr', 'stock', 'weightGrams'];
const isTextField = (field: string): field is TextField => TEXT_FIELDS.includes(field);

export interface FormCommands {
  run(command: PageCommand): Promise<Notice | null>;
}

export function formCommands(controller: ListingController): FormCommands {
  let lastEdit: AppliedEdit | undefined;
  const done = ({ notice, edit }: { notice: Notice; edit?: AppliedEdit }) => {
    lastEdit = edit;
    controller.readNow();
    return notice;
  };

  return {
    run: async (command) => {
      switch (command.command) {
        case 'focus-field':
          controller.focusField(command.field, command.span);
          return null;
        case 'apply-fix': {
          if (!isTextField(command.fix.field)) return null;
          return done(await applyFixOnPage(controller.element(command.fix.field), command.fix));
        }
        case 'insert-tag': {
          // As the panel's tags feature: a hashtag goes to the description, a keyword to the title.
          const field: TextField = command.insert.startsWith('#') ? 'description' : 'title';
          const el = controller.element(field);
          return done(await replaceFieldText(el, field, appendTag(el ? readFieldText(el) : '', command.insert, field)));
        }
        case 'undo': {
          const edit = lastEdit;
          if (!edit) return null;
          lastEdit = undefined;
          const notice = await undoEdit(controller.element(edit.field), edit);
          controller.readNow();
          return notice;
        }
        case 'teach':
          controller.teach(command.field);
          return null;
        case 'cancel-teach':
          controller.cancelTeach();
          return null;
        default:
          return null;
      }
    },
  };
}
