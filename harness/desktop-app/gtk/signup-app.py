#!/usr/bin/python3
"""A real GTK 3 application for the accessibility reader's tests, benches and demo.

A sign-up form with labelled fields, a check box, radio buttons, a combo box,
a list, a menu bar and a dialog. Its whole state is written, as JSON, to the
file named by the first argument after every change (write then rename), so a
test can check what the operator really did -- the application's own word.

Run with Debian's Python (the GTK bindings belong to it):
  /usr/bin/python3 signup-app.py STATE-FILE [--x X --y Y] [--many N]
--many N adds N generated cells (a label, a button and a check box each), five
to a line, for huge accessibility trees; the window then grows past the
bottom of the screen.
"""
import argparse
import json
import os
import sys

import gi

gi.require_version("Gtk", "3.0")
from gi.repository import GLib, Gtk  # noqa: E402

COUNTRIES = ["France", "Germany", "Japan", "United Kingdom", "United States"]
INTERESTS = ["Astronomy", "Chemistry", "Computing", "Mathematics", "Poetry", "Music"]
PLANS = ["Free", "Pro", "Team"]


class SignUpApp:
    def __init__(self, state_path, many):
        self.state_path = state_path
        self.state = {
            "name": "",
            "email": "",
            "password": "",
            "newsletter": False,
            "plan": "Free",
            "country": None,
            "interest": None,
            "submitted": None,
            "submitCount": 0,
            "dialogOpen": False,
            "dialogAnswer": None,
            "menu": [],
            "manyClicks": [],
            "ready": True,
        }
        self.window = Gtk.Window(title="Understudy GTK Sign-up")
        self.window.set_default_size(520, 560)
        self.window.connect("destroy", Gtk.main_quit)
        outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
        self.window.add(outer)
        outer.pack_start(self.menu_bar(), False, False, 0)

        grid = Gtk.Grid(column_spacing=12, row_spacing=8, margin=16)
        outer.pack_start(grid, False, False, 0)
        title = Gtk.Label(label="Create your account", xalign=0)
        title.get_style_context().add_class("title")
        grid.attach(title, 0, 0, 2, 1)

        self.name = self.field(grid, 1, "_Full name", "name")
        self.email = self.field(grid, 2, "_Email address", "email")
        self.password = self.field(grid, 3, "_Password", "password")
        self.password.set_visibility(False)

        self.newsletter = Gtk.CheckButton.new_with_mnemonic("Send me the _newsletter")
        self.newsletter.connect("toggled", lambda button: self.update(newsletter=button.get_active()))
        grid.attach(self.newsletter, 1, 4, 1, 1)

        plan_label = Gtk.Label(label="Plan", xalign=0)
        grid.attach(plan_label, 0, 5, 1, 1)
        plans = Gtk.Box(spacing=12)
        group = None
        self.plan_buttons = {}
        for plan in PLANS:
            button = Gtk.RadioButton.new_with_label_from_widget(group, plan)
            group = group or button
            button.connect("toggled", self.on_plan)
            plans.pack_start(button, False, False, 0)
            self.plan_buttons[plan] = button
        grid.attach(plans, 1, 5, 1, 1)

        country_label = Gtk.Label(label="_Country", use_underline=True, xalign=0)
        self.country = Gtk.ComboBoxText()
        for country in COUNTRIES:
            self.country.append_text(country)
        country_label.set_mnemonic_widget(self.country)
        self.country.connect("changed", lambda combo: self.update(country=combo.get_active_text()))
        grid.attach(country_label, 0, 6, 1, 1)
        grid.attach(self.country, 1, 6, 1, 1)

        interest_label = Gtk.Label(label="Interests", xalign=0, yalign=0)
        self.interests = Gtk.ListBox()
        self.interests.set_selection_mode(Gtk.SelectionMode.SINGLE)
        for interest in INTERESTS:
            row = Gtk.ListBoxRow()
            row.add(Gtk.Label(label=interest, xalign=0, margin=4))
            self.interests.add(row)
        self.interests.connect("row-selected", self.on_interest)
        # The label names the list for assistive technology, as a careful app does.
        self.interests.get_accessible().set_name("Interests")
        frame = Gtk.Frame()
        frame.add(self.interests)
        grid.attach(interest_label, 0, 7, 1, 1)
        grid.attach(frame, 1, 7, 1, 1)

        buttons = Gtk.Box(spacing=12)
        submit = Gtk.Button.new_with_mnemonic("_Sign up")
        submit.connect("clicked", self.on_submit)
        clear = Gtk.Button.new_with_mnemonic("C_lear")
        clear.connect("clicked", self.on_clear)
        buttons.pack_start(submit, False, False, 0)
        buttons.pack_start(clear, False, False, 0)
        grid.attach(buttons, 1, 8, 1, 1)

        self.status = Gtk.Label(label="Not signed up yet", xalign=0)
        grid.attach(self.status, 0, 9, 2, 1)

        if many:
            outer.pack_start(self.many_rows(many), True, True, 0)

        self.window.show_all()
        self.save()

    def field(self, grid, row, text, key):
        label = Gtk.Label(label=text, use_underline=True, xalign=0)
        entry = Gtk.Entry(width_chars=28)
        # set_mnemonic_widget gives the entry a labelled-by relation to the label.
        label.set_mnemonic_widget(entry)
        entry.connect("changed", lambda widget: self.update(**{key: widget.get_text()}))
        grid.attach(label, 0, row, 1, 1)
        grid.attach(entry, 1, row, 1, 1)
        return entry

    def menu_bar(self):
        bar = Gtk.MenuBar()
        for title, items in (("_File", ["_New", "_Open", "_Quit"]), ("_Help", ["_About"])):
            top = Gtk.MenuItem.new_with_mnemonic(title)
            menu = Gtk.Menu()
            for item_title in items:
                item = Gtk.MenuItem.new_with_mnemonic(item_title)
                item.connect("activate", self.on_menu, item_title.replace("_", ""))
                menu.append(item)
            top.set_submenu(menu)
            bar.append(top)
        return bar

    def many_rows(self, count):
        # No scrolled window on purpose: every generated widget is mapped and "showing", so the
        # whole tree is published -- the window grows past the screen's bottom edge, and rows
        # below it are real controls that real input cannot reach.
        grid = Gtk.Grid(column_spacing=6, row_spacing=2, margin_start=16)
        per_line = 5
        for index in range(count):
            cell = Gtk.Box(spacing=4)
            cell.pack_start(Gtk.Label(label=f"Row {index}", xalign=0), False, False, 0)
            button = Gtk.Button(label=f"Open {index}")
            button.connect("clicked", lambda _button, at=index: self.update(manyClicks=self.state["manyClicks"] + [at]))
            cell.pack_start(button, False, False, 0)
            cell.pack_start(Gtk.CheckButton(label=f"Keep {index}"), False, False, 0)
            grid.attach(cell, index % per_line, index // per_line, 1, 1)
        return grid

    def on_plan(self, button):
        if button.get_active():
            self.update(plan=button.get_label())

    def on_interest(self, _listbox, row):
        self.update(interest=INTERESTS[row.get_index()] if row else None)

    def on_menu(self, _item, title):
        self.update(menu=self.state["menu"] + [title])
        if title == "About":
            self.open_dialog("About Understudy", "A form for testing the accessibility reader.")
        elif title == "Quit":
            Gtk.main_quit()

    def on_submit(self, _button):
        submitted = {key: self.state[key] for key in ("name", "email", "newsletter", "plan", "country", "interest")}
        self.update(submitted=submitted, submitCount=self.state["submitCount"] + 1)
        self.status.set_text(f"Signed up: {self.state['name']}")
        self.open_dialog("Welcome", f"Welcome, {self.state['name']}!")

    def on_clear(self, _button):
        self.name.set_text("")
        self.email.set_text("")
        self.password.set_text("")
        self.newsletter.set_active(False)
        self.plan_buttons["Free"].set_active(True)
        self.country.set_active(-1)
        self.interests.unselect_all()
        self.status.set_text("Cleared")

    def open_dialog(self, title, text):
        dialog = Gtk.MessageDialog(
            transient_for=self.window,
            modal=True,
            message_type=Gtk.MessageType.INFO,
            buttons=Gtk.ButtonsType.OK,
            text=text,
        )
        dialog.set_title(title)

        def answered(widget, response):
            self.update(dialogOpen=False, dialogAnswer=Gtk.ResponseType(response).value_nick)
            widget.destroy()

        dialog.connect("response", answered)
        dialog.show_all()
        self.update(dialogOpen=True)

    def update(self, **changes):
        self.state.update(changes)
        self.save()

    def save(self):
        temporary = self.state_path + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(self.state, handle)
        os.replace(temporary, self.state_path)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("state_path")
    parser.add_argument("--x", type=int, default=40)
    parser.add_argument("--y", type=int, default=40)
    parser.add_argument("--many", type=int, default=0)
    args = parser.parse_args()
    app = SignUpApp(args.state_path, args.many)
    app.window.move(args.x, args.y)
    # Tell the launcher once the window is on screen (mapped), not merely built.
    GLib.timeout_add(50, lambda: app.update(mapped=app.window.get_mapped()) and False)
    Gtk.main()


if __name__ == "__main__":
    sys.exit(main())
