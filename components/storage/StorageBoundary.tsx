/**
 * Catches a storage failure thrown while rendering (Dexie's live queries throw their error into
 * React when the database is closed under the page) and shows the storage message instead of a
 * blank page. Other errors go on to the next boundary up.
 */
import { Component, type ReactNode } from 'react';
import { isStorageUnavailable } from '../../utils/db/storage-errors';
import type { Language } from '../../utils/i18n';
import { StorageUnavailable } from './StorageUnavailable';

interface Props {
  language: Language;
  className?: string;
  buttonClassName?: string;
  children: ReactNode;
}

export class StorageBoundary extends Component<Props, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isStorageUnavailable(error)) throw error;
    return (
      <StorageUnavailable language={this.props.language} className={this.props.className} buttonClassName={this.props.buttonClassName} />
    );
  }
}
