// Live updates without reloading: the queue table and the transcript poll the JSON API.
(function () {
  var LABELS = ['受付番号', '状態', '待ち時間', '回答期限', '分野', '用件', '形式', '窓口', '担当者'];

  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text == null ? '—' : text;
    td.setAttribute('data-label', LABELS[row.children.length] || '');
    row.appendChild(td);
    return td;
  }

  function poll(element, render) {
    var url = element.getAttribute('data-poll-url');
    var millis = parseInt(element.getAttribute('data-poll-millis'), 10) || 5000;
    setInterval(function () {
      fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) { if (data) { render(data); } })
        .catch(function () { /* keep the last view; the next poll tries again */ });
    }, millis);
  }

  var queue = document.getElementById('queue');
  if (queue) {
    var base = queue.getAttribute('data-ticket-url');
    poll(queue, function (tickets) {
      var body = queue.querySelector('tbody');
      body.innerHTML = '';
      tickets.forEach(function (t) {
        var row = document.createElement('tr');
        row.setAttribute('data-ticket-id', t.id);
        row.className = 'sla-' + t.sla;
        var link = document.createElement('a');
        link.href = base + t.id;
        link.textContent = '#' + t.id;
        cell(row, '').appendChild(link);
        cell(row, t.stateLabel); cell(row, t.waiting); cell(row, t.due + ' ' + t.slaLabel); cell(row, t.topic); cell(row, t.kind);
        cell(row, t.chat + (t.groupName ? '（' + t.groupName + '）' : ''));
        cell(row, t.queueLabel); cell(row, t.assignee);
        body.appendChild(row);
      });
      document.getElementById('empty').hidden = tickets.length > 0;
    });
  }

  var transcript = document.getElementById('transcript');
  if (transcript) {
    // The newest lines are at the bottom: start there, and follow new lines unless the reader scrolled up.
    transcript.scrollTop = transcript.scrollHeight;
    poll(transcript, function (detail) {
      var following = transcript.scrollHeight - transcript.scrollTop - transcript.clientHeight < 40;
      transcript.innerHTML = '';
      detail.transcript.forEach(function (line) {
        var div = document.createElement('div');
        div.className = 'turn turn-' + line.speaker;
        var meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = line.speakerLabel + ' ' + line.time;
        var text = document.createElement('span');
        text.className = 'text';
        text.textContent = line.text;
        div.appendChild(meta); div.appendChild(text);
        transcript.appendChild(div);
      });
      if (following) { transcript.scrollTop = transcript.scrollHeight; }
      document.getElementById('state').textContent = detail.ticket.stateLabel;
      document.getElementById('assignee').textContent = detail.ticket.assignee || '—';
    });
  }

  var canned = document.getElementById('canned');
  if (canned) {
    canned.addEventListener('change', function () {
      var option = canned.options[canned.selectedIndex];
      var text = option.getAttribute('data-text');
      if (text) { document.getElementById('reply-text').value = text; }
    });
  }

  var copy = document.getElementById('copy-yaml');
  if (copy) {
    copy.addEventListener('click', function () {
      var yaml = document.getElementById('yaml');
      yaml.select();
      if (navigator.clipboard) { navigator.clipboard.writeText(yaml.value); } else { document.execCommand('copy'); }
      copy.textContent = 'コピーしました';
    });
  }
})();
