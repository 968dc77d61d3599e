// A strategic session's board stays current without reloading: the server says on an event stream what changed
// (ideas, votes, stage) and every element marked data-live-refresh fetches itself again through htmx. A burst of
// changes (ten people voting at once) is folded into one fetch.
(function () {
  var root = document.querySelector('[data-live-stream]');
  if (!root || !window.EventSource) {
    return;
  }
  var pending = {};
  var timer = null;
  function refresh() {
    timer = null;
    document.querySelectorAll('[data-live-refresh]').forEach(function (element) {
      var wants = element.getAttribute('data-live-refresh').split(' ');
      if (wants.some(function (kind) { return pending[kind]; })) {
        htmx.trigger(element, 'live-refresh');
      }
    });
    pending = {};
  }
  function changed(kind) {
    pending[kind] = true;
    if (!timer) {
      timer = window.setTimeout(refresh, 150);
    }
  }
  var stream = new EventSource(root.getAttribute('data-live-stream'));
  ['ideas', 'votes', 'stage'].forEach(function (kind) {
    stream.addEventListener(kind, function () { changed(kind); });
  });
  stream.addEventListener('ready', function () {
    root.setAttribute('data-live', 'on');
  });
  stream.onerror = function () {
    root.setAttribute('data-live', 'off');
  };
  // after a reconnect, whatever happened meanwhile is fetched once
  var first = true;
  stream.addEventListener('ready', function () {
    if (!first) {
      changed('ideas'); changed('votes'); changed('stage');
    }
    first = false;
  });
  // a "+" under a touchpoint points the idea form at it
  document.addEventListener('click', function (event) {
    var target = event.target.closest('[data-idea-for]');
    if (!target) {
      return;
    }
    var form = document.getElementById('idea-form');
    if (!form) {
      return;
    }
    form.querySelector('[name="touchpointId"]').value = target.getAttribute('data-idea-for');
    var kind = form.querySelector('[name="kind"][value="' + target.getAttribute('data-idea-kind') + '"]');
    if (kind) {
      kind.checked = true;
    }
    form.querySelector('[name="text"]').focus();
  });
})();
