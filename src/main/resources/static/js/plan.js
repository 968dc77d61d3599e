// The plan editor: drag and drop of tasks within a block's table, and the in-place task dialog.
(function () {
  function initSortables() {
    if (!window.Sortable) {
      return;
    }
    document.querySelectorAll('tbody[data-sortable="true"]').forEach(function (tbody) {
      if (tbody.sortable) {
        return;
      }
      tbody.sortable = window.Sortable.create(tbody, {
        handle: '.drag-handle',
        animation: 150,
        onEnd: function (event) {
          if (event.oldIndex === event.newIndex) {
            return;
          }
          var ids = Array.prototype.map.call(tbody.querySelectorAll('tr[data-task-id]'), function (row) {
            return row.getAttribute('data-task-id');
          });
          window.htmx.ajax('POST', event.item.getAttribute('data-move-url'),
            { target: '#plan-status', values: { order: ids.join(',') } });
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', initSortables);
  document.addEventListener('htmx:load', initSortables);

  // A freshly opened task form gets the focus, so keyboard and screen reader users land in it.
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'task-dialog') {
      var dialog = event.detail.target;
      dialog.scrollIntoView({ block: 'start' });
      var first = dialog.querySelector('.flash.error, .field-error') ? dialog.querySelector('.invalid, input, select')
        : dialog.querySelector('#task-title, input, select');
      if (first) {
        first.focus();
      }
    }
  });

  // Moving a task with the keyboard rebuilds its table: keep the focus on the same button of the moved row.
  var moving = null;
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[name="direction"]');
    var row = button && button.closest('tr[data-task-id]');
    moving = row ? { id: row.id, direction: button.value } : null;
  });
  document.addEventListener('htmx:afterSettle', function () {
    if (!moving) {
      return;
    }
    var row = document.getElementById(moving.id);
    var target = row && (row.querySelector('button[value="' + moving.direction + '"]:not([disabled])')
      || row.querySelector('button[name="direction"]:not([disabled])'));
    if (target) {
      target.focus();
    }
    moving = null;
  });

  document.addEventListener('click', function (event) {
    var close = event.target.closest('[data-close-dialog]');
    var dialog = close && close.closest('#task-dialog');
    if (dialog && document.getElementById('plan-tasks')) {
      event.preventDefault();
      dialog.innerHTML = '';
    }
  });
})();
