import type { ComponentChildren } from 'preact';
import { useId, useRef } from 'preact/hooks';

export interface TabItem<K extends string> {
  key: K;
  label: string;
  disabled?: boolean;
  /** Id of an element explaining the tab (e.g. why it is disabled). */
  describedBy?: string;
}

interface Props<K extends string> {
  /** The tablist's accessible name. */
  label: string;
  items: readonly TabItem<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** The selected tab's panel. */
  children: ComponentChildren;
  class?: string;
}

/**
 * ARIA tabs: a tablist of buttons (arrow keys, Home and End move and select, disabled tabs are
 * skipped) and one tabpanel for the selected tab, labelled by it.
 */
export function Tabs<K extends string>({ label, items, selected, onSelect, children, class: className }: Props<K>) {
  const id = useId();
  const listRef = useRef<HTMLDivElement>(null);
  const tabId = (key: K) => `${id}-tab-${key}`;
  const panelId = `${id}-panel`;

  const onKeyDown = (e: KeyboardEvent) => {
    const enabled = items.filter((i) => !i.disabled);
    const at = enabled.findIndex((i) => i.key === selected);
    let next: TabItem<K> | undefined;
    if (e.key === 'ArrowRight') next = enabled[(at + 1) % enabled.length];
    else if (e.key === 'ArrowLeft') next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (e.key === 'Home') next = enabled[0];
    else if (e.key === 'End') next = enabled[enabled.length - 1];
    if (!next) return;
    e.preventDefault();
    onSelect(next.key);
    listRef.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(next.key))}`)?.focus();
  };

  return (
    <div class={className}>
      <div role="tablist" aria-label={label} class="tablist" ref={listRef} onKeyDown={onKeyDown}>
        {items.map((item) => {
          const isSelected = item.key === selected;
          return (
            <button
              key={item.key}
              type="button"
              role="tab"
              id={tabId(item.key)}
              class="tab"
              aria-selected={isSelected ? 'true' : 'false'}
              aria-controls={isSelected ? panelId : undefined}
              aria-describedby={item.describedBy}
              tabIndex={isSelected ? 0 : -1}
              disabled={item.disabled}
              onClick={() => onSelect(item.key)}
            >
              {item.label}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(selected)} class="tabpanel" tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
