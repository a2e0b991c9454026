// The LINE emulator page: plain JavaScript, no build step, nothing loaded from the internet.
// Every action goes to /emulator/api/chats/{chat}/events (the server signs it and posts it to /callback);
// the chat is read back by polling /emulator/api/chats/{chat}/messages.
(() => {
  'use strict';
  const config = JSON.parse(document.getElementById('emulator-config').textContent);
  const el = (id) => document.getElementById(id);
  const state = { chat: null, after: 0, last: null, generation: 0 };
  const SAFE_LINK = /^(https?:|tel:|mailto:)/i;

  function make(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // ---- sending --------------------------------------------------------------------------------------------

  async function send(action) {
    const chat = state.chat;
    if (chat.group) action.speaker = el('speaker').value;
    clearQuickReplies();
    try {
      await fetch(`/emulator/api/chats/${chat.key}/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(action)
      });
    } finally {
      poll();
    }
  }

  function sendText(text) {
    if (text.trim()) send({ kind: 'TEXT', text });
  }

  function tap(action) {
    if (!action) return;
    if (action.type === 'message') sendText(action.text);
    else if (action.type === 'postback') {
      send({ kind: 'POSTBACK', data: action.data, label: action.label, displayText: action.displayText || null });
    } else if (action.type === 'uri' && SAFE_LINK.test(action.uri)) window.open(action.uri, '_blank', 'noopener');
  }

  // ---- rendering ------------------------------------------------------------------------------------------

  function actionButton(action, className) {
    const label = (action && action.label) || 'ボタン';
    if (action && action.type === 'uri') {
      const link = make('a', className + ' action', label);
      if (SAFE_LINK.test(action.uri)) link.href = action.uri;
      link.target = '_blank';
      link.rel = 'noopener';
      return link;
    }
    const button = make('button', className + ' action', label);
    button.type = 'button';
    if (action && (action.type === 'message' || action.type === 'postback')) {
      button.addEventListener('click', () => tap(action));
    } else {
      button.disabled = true;
    }
    return button;
  }

  function flexNode(node) {
    if (!node) return make('div');
    switch (node.type) {
      case 'carousel': {
        const row = make('div', 'flex-carousel');
        (node.contents || []).forEach((bubble) => row.appendChild(flexNode(bubble)));
        return row;
      }
      case 'bubble': {
        const bubble = make('div', 'flex-bubble');
        ['header', 'hero', 'body', 'footer'].forEach((part) => {
          if (node[part]) {
            const section = make('div', 'flex-' + part);
            section.appendChild(flexNode(node[part]));
            bubble.appendChild(section);
          }
        });
        return bubble;
      }
      case 'box': {
        const box = make('div', 'flex-box ' + (node.layout || 'vertical'));
        (node.contents || []).forEach((child) => box.appendChild(flexNode(child)));
        return box;
      }
      case 'text': {
        const text = node.contents && node.contents.length
          ? node.contents.map((span) => span.text || '').join('') : node.text;
        const div = make('div', 'flex-text' + (node.weight === 'bold' ? ' bold' : '') + ' size-' + (node.size || 'md'), text);
        if (node.action) div.addEventListener('click', () => tap(node.action));
        return div;
      }
      case 'button':
        return actionButton(node.action, 'flex-button ' + (node.style || 'link'));
      case 'separator':
        return make('hr', 'flex-separator');
      case 'image':
      case 'icon':
      case 'video':
        return make('div', 'flex-image', '［画像］');
      default:
        return make('div');
    }
  }

  function template(message) {
    const card = make('div', 'template');
    const t = message.template || {};
    const columns = t.type === 'carousel' ? (t.columns || []) : [t];
    columns.forEach((column) => {
      const col = make('div', 'template-column');
      if (column.title) col.appendChild(make('div', 'template-title', column.title));
      col.appendChild(make('div', 'template-text', column.text));
      (column.actions || []).forEach((action) => col.appendChild(actionButton(action, 'template-button')));
      card.appendChild(col);
    });
    return card;
  }

  function content(message, side) {
    switch (message.type) {
      case 'text': {
        const bubble = make('div', 'bubble text');
        const parts = side === 'USER' && config.mention ? message.text.split(config.mention) : [message.text];
        parts.forEach((part, i) => {
          if (i > 0) bubble.appendChild(make('span', 'mention', config.mention));
          bubble.appendChild(document.createTextNode(part));
        });
        return bubble;
      }
      case 'flex': {
        const flex = make('div', 'flex');
        flex.title = message.altText || '';
        flex.appendChild(flexNode(message.contents));
        return flex;
      }
      case 'template':
        return template(message);
      case 'sticker':
        return make('div', 'bubble sticker', '🐻 スタンプ');
      default:
        return make('div', 'bubble text', '［' + message.type + ' メッセージ］');
    }
  }

  function render(entry) {
    const messages = el('messages');
    if (entry.side === 'NOTICE') {
      messages.appendChild(make('div', 'notice', entry.message.text));
      return;
    }
    const row = make('div', 'msg ' + (entry.side === 'BOT' ? 'bot' : 'user'));
    row.dataset.seq = entry.seq;
    if (entry.side === 'BOT') row.appendChild(make('div', 'avatar', 'コ'));
    const column = make('div', 'column');
    const name = entry.side === 'BOT' ? config.botName : (state.chat.group ? entry.speaker : null);
    if (name) column.appendChild(make('div', 'name', name));
    column.appendChild(content(entry.message, entry.side));
    const meta = make('div', 'meta', new Date(entry.at).toLocaleTimeString('ja-JP', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' })
      + (entry.via ? ' · ' + (entry.via === 'push' ? 'プッシュ' : '応答') : ''));
    column.appendChild(meta);
    row.appendChild(column);
    messages.appendChild(row);
  }

  function clearQuickReplies() {
    el('quick-replies').replaceChildren();
  }

  // LINE shows the quick-reply buttons of the newest message only, and hides them once anything else is said.
  function showQuickReplies() {
    clearQuickReplies();
    const last = state.last;
    if (!last || last.side !== 'BOT' || !last.message.quickReply) return;
    (last.message.quickReply.items || []).forEach((item) => {
      el('quick-replies').appendChild(actionButton(item.action, 'quick-reply'));
    });
  }

  // ---- rich menu ------------------------------------------------------------------------------------------
  // LINE shows the user's rich menu under a one-to-one chat (the staff menu to staff); a tap sends what LINE sends.

  async function loadRichMenu() {
    const generation = state.generation;
    try {
      const response = await fetch(`/emulator/api/chats/${state.chat.key}/richmenu`);
      if (generation !== state.generation) return;
      showRichMenu(response.status === 200 ? await response.json() : null);
    } catch (e) {
      showRichMenu(null);
    }
  }

  function showRichMenu(menu) {
    const panel = el('richmenu');
    panel.hidden = !menu;
    if (!menu) {
      delete panel.dataset.menu;
      return;
    }
    el('chat-bar').textContent = menu.chatBarText;
    const image = el('richmenu-image');
    image.src = menu.image;
    image.alt = menu.title;
    el('richmenu-areas').replaceChildren(...menu.areas.map((area) => {
      const button = make('button', 'richmenu-area');
      button.type = 'button';
      button.title = area.action.label;
      button.setAttribute('aria-label', area.action.label);
      button.style.left = (100 * area.x / menu.width) + '%';
      button.style.top = (100 * area.y / menu.height) + '%';
      button.style.width = (100 * area.width / menu.width) + '%';
      button.style.height = (100 * area.height / menu.height) + '%';
      button.addEventListener('click', () => tapRichMenu(area.action));
      return button;
    }));
    panel.dataset.menu = menu.id;
  }

  async function tapRichMenu(action) {
    if (action.type !== 'richmenuswitch') {
      tap(action);
      return;
    }
    const chat = state.chat;
    const response = await fetch(`/emulator/api/chats/${chat.key}/richmenu/switch`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ menuId: action.menuId })
    });
    if (response.ok && chat === state.chat) showRichMenu(await response.json());
  }

  // ---- polling --------------------------------------------------------------------------------------------

  async function poll() {
    const chat = state.chat;
    const generation = state.generation;
    try {
      const response = await fetch(`/emulator/api/chats/${chat.key}/messages?after=${state.after}`);
      const data = await response.json();
      if (generation !== state.generation) return;
      data.entries.filter((entry) => entry.seq > state.after).forEach((entry) => {
        render(entry);
        state.after = entry.seq;
        state.last = entry;
      });
      if (data.entries.length) {
        showQuickReplies();
        el('messages').scrollTop = el('messages').scrollHeight;
      }
      el('loading').hidden = !data.loading;
      // Tells a watcher (and the browser tests) that this chat's history is on the page.
      el('messages').dataset.shown = chat.key;
    } catch (e) {
      // The service may be restarting; the next poll tries again.
    }
  }

  // ---- chat selection -------------------------------------------------------------------------------------

  function select(key) {
    const chat = config.chats.find((c) => c.key === key);
    state.chat = chat;
    state.after = 0;
    state.last = null;
    state.generation++;
    document.querySelectorAll('.chat-tab').forEach((tab) => tab.classList.toggle('active', tab.dataset.chat === key));
    document.body.classList.toggle('in-group', chat.group);
    el('chat-title').textContent = chat.title;
    el('messages').replaceChildren();
    delete el('messages').dataset.shown;
    clearQuickReplies();
    loadRichMenu();
    el('speaker').replaceChildren(...chat.speakers.map((p) => {
      const option = make('option', null, p.name);
      option.value = p.userId;
      return option;
    }));
    poll();
  }

  document.querySelectorAll('.chat-tab').forEach((tab) => tab.addEventListener('click', () => select(tab.dataset.chat)));
  document.querySelectorAll('.events button[data-kind]').forEach((button) =>
    button.addEventListener('click', () => send({ kind: button.dataset.kind })));
  el('redeliver').addEventListener('click', async () => {
    try {
      await fetch(`/emulator/api/chats/${state.chat.key}/redelivery`, {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}'
      });
    } finally {
      poll();
    }
  });
  el('chat-bar').addEventListener('click', () => {
    const panel = el('richmenu');
    panel.classList.toggle('collapsed');
    el('chat-bar').setAttribute('aria-expanded', String(!panel.classList.contains('collapsed')));
  });
  el('composer').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = el('text');
    sendText(input.value);
    input.value = '';
  });
  el('mention').addEventListener('click', () => {
    const input = el('text');
    if (!input.value.includes(config.mention)) input.value = config.mention + ' ' + input.value;
    input.focus();
  });

  select(new URLSearchParams(location.search).get('chat') || config.chats[0].key);
  setInterval(poll, 700);
})();
