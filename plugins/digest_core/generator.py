"""The digest's page generators share how they write a page per item and an index page."""

from __future__ import annotations

from pelican.generators import Generator

from .settings import setting


class DigestGenerator(Generator):
    """A Pelican Generator with the two writing patterns every digest page type uses."""

    def write_item_pages(self, writer, items, template_name: str, variable: str) -> None:
        """One page per item (an outlet, a person, an event), at the item's `save_as`."""
        template = self.get_template(template_name)
        for item in items:
            writer.write_file(item.save_as, template, self.context, relative_urls=self.settings["RELATIVE_URLS"],
                              url=item.url, page_name=item.url, template_name=template_name, **{variable: item})

    def write_index_page(self, writer, setting_prefix: str, template_name: str) -> None:
        """An index page whose address comes from the DIGEST_<prefix>_URL / _SAVE_AS settings."""
        writer.write_file(setting(self.settings, f"DIGEST_{setting_prefix}_SAVE_AS"), self.get_template(template_name),
                          self.context, relative_urls=self.settings["RELATIVE_URLS"],
                          url=setting(self.settings, f"DIGEST_{setting_prefix}_URL"), page_name=template_name,
                          template_name=template_name)
