import type { ReactNode } from 'react';
import { Icon, type IconName } from './icon.js';

/** What a page or panel shows when there is nothing yet, and what to do about it. */
export function EmptyState({ icon = 'info', children, action }: { icon?: IconName; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <Icon name={icon} />
      <p>{children}</p>
      {action}
    </div>
  );
}
