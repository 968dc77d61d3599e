// The journey board: drag touchpoint cards between stages, zones and elements; each drop calls the atomic move.
(function () {
  if (window.journeyBoardReady) {
    return;
  }
  window.journeyBoardReady = true;

  function initSortables() {
    if (!window.Sortable) {
      return;
    }
    document.querySelectorAll('.jb-cards[data-sortable="true"]').forEach(function (list) {
      if (list.sortable) {
        return;
      }
      list.sortable = window.Sortable.create(list, {
        group: 'touchpoints',
        draggable: '.jb-card',
        filter: 'button, a, input, select, textarea',
        preventOnFilter: false,
        // pointer events instead of the browser's native drag: the same on touch screens and mice, and real
        // pointer input (a projector's clicker, a test's mouse) drives it
        forceFallback: true,
        animation: 150,
        onEnd: function (event) {
          if (event.from === event.to && event.oldIndex === event.newIndex) {
            return;
          }
          var values = { index: event.newIndex };
          values[event.to.getAttribute('data-place')] = event.to.getAttribute('data-place-id');
          window.htmx.ajax('POST', event.item.getAttribute('data-move-url'),
            { target: '#board', select: '#board', swap: 'outerHTML', values: values });
        }
      });
    });
  }

  document.addEventListener('DOMContentLoaded', initSortables);
  document.addEventListener('htmx:load', initSortables);
  if (document.readyState !== 'loading') {
    initSortables();
  }

  // A moved card keeps the keyboard focus on the same move button after the board is redrawn.
  var moving = null;
  document.addEventListener('click', function (event) {
    var button = event.target.closest('.jb-move button[name="direction"]');
    var card = button && button.closest('.jb-card');
    moving = card ? { id: card.id, direction: button.value } : null;
  });
  document.addEventListener('htmx:afterSettle', function () {
    if (!moving) {
      return;
    }
    var card = document.getElementById(moving.id);
    var target = card && card.querySelector('button[value="' + moving.direction + '"]');
    if (target) {
      target.focus();
    }
    moving = null;
  });

  // An opened touchpoint dialog takes the focus so keyboard users land in it.
  document.addEventListener('htmx:afterSwap', function (event) {
    if (event.detail.target && event.detail.target.id === 'jb-dialog') {
      var first = event.detail.target.querySelector('input:not([type=hidden]), select, a');
      event.detail.target.scrollIntoView({ block: 'start' });
      if (first) {
        first.focus();
      }
    }
  });
})();
