// Live updates without reloading: the queue table and the transcript poll the JSON API.
(function () {
  function cell(row, text) {
    var td = document.createElement('td');
    td.textContent = text == null ? '—' : text;
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
      document.getElementById('empty').style.display = tickets.length ? 'none' : '';
    });
  }

  var transcript = document.getElementById('transcript');
  if (transcript) {
    poll(transcript, function (detail) {
      transcript.innerHTML = '';
      detail.transcript.forEach(function (line) {
        var div = document.createElement('div');
        div.className = 'turn turn-' + line.speaker;
        var meta = document.createElement('small');
        meta.textContent = line.speakerLabel + ' ' + line.time;
        var text = document.createElement('span');
        text.textContent = line.text;
        div.appendChild(meta); div.appendChild(document.createElement('br')); div.appendChild(text);
        transcript.appendChild(div);
      });
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
})();
