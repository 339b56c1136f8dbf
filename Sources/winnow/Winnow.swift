import ArgumentParser

@main
struct Winnow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "winnow",
        abstract: "Strip boilerplate from scraped news articles.",
        discussion: """
        Winnow turns scraped article files (plain text or HTML) into clean articles: the headline \
        once, then the body paragraphs, one blank line between them. Each filter removes one kind \
        of boilerplate and records why; `winnow filters` lists them.

        Exit status: 0 when every file was cleaned (or was up to date), 1 when any file failed or \
        `--check` found a stale output, 64 on a usage error, 130 when interrupted.
        """,
        version: "0.1.0",
        subcommands: [CleanCommand.self, FiltersCommand.self, ProfileCommand.self],
        defaultSubcommand: CleanCommand.self
    )
}
