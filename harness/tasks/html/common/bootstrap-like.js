/*
 * Behaviour for bootstrap-like.css, wired the way Bootstrap's own script is:
 * one delegated click listener on the document reads data-bs-* attributes,
 * so no element carries a handler of its own.
 *   data-bs-toggle="dropdown"  toggles the next .dropdown-menu (a click elsewhere closes it)
 *   data-bs-toggle="collapse"  toggles the element named by data-bs-target
 *   data-bs-dismiss="modal"    hides the enclosing .modal
 * bsLike.showModal(el) / bsLike.hideModal(el) also add and remove a backdrop.
 */
/* eslint-disable no-var */
var bsLike = {};

bsLike.closeMenus = function (except) {
  var open = document.querySelectorAll('.dropdown-menu.show');
  for (var i = 0; i < open.length; i++) {
    if (open[i] !== except) {
      open[i].classList.remove('show');
      var toggle = open[i].previousElementSibling;
      if (toggle) toggle.setAttribute('aria-expanded', 'false');
    }
  }
};

bsLike.showModal = function (modal) {
  var backdrop = document.createElement('div');
  backdrop.className = 'modal-backdrop';
  modal.parentNode.insertBefore(backdrop, modal);
  modal.classList.add('show');
  modal.setAttribute('aria-modal', 'true');
  modal.removeAttribute('aria-hidden');
};

bsLike.hideModal = function (modal) {
  modal.classList.remove('show');
  modal.setAttribute('aria-hidden', 'true');
  var backdrop = modal.previousElementSibling;
  if (backdrop && backdrop.classList.contains('modal-backdrop')) backdrop.parentNode.removeChild(backdrop);
  if (typeof modal.onhidden === 'function') modal.onhidden();
};

document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var toggle = target && target.closest('[data-bs-toggle]');
  if (toggle && toggle.getAttribute('data-bs-toggle') === 'dropdown') {
    event.preventDefault();
    var menu = toggle.nextElementSibling;
    var opening = !menu.classList.contains('show');
    bsLike.closeMenus(menu);
    menu.classList.toggle('show', opening);
    toggle.setAttribute('aria-expanded', String(opening));
    return;
  }
  if (toggle && toggle.getAttribute('data-bs-toggle') === 'collapse') {
    var panel = document.querySelector(toggle.getAttribute('data-bs-target'));
    var showing = !panel.classList.contains('show');
    panel.classList.toggle('show', showing);
    toggle.setAttribute('aria-expanded', String(showing));
    return;
  }
  var dismiss = target && target.closest('[data-bs-dismiss="modal"]');
  if (dismiss) {
    bsLike.hideModal(dismiss.closest('.modal'));
    return;
  }
  if (!(target && target.closest('.dropdown-menu'))) bsLike.closeMenus(null);
});
