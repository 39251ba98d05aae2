using System.Collections.Immutable;
using System.Text;

namespace GovDisclosure.Validation;

/// <summary>
/// A validation rule of the <see cref="RuleCatalog"/>: its stable code, default severity, what it checks, and its message
/// in Chinese and English with named placeholders such as <c>{left}</c>.
/// </summary>
public sealed class ValidationRule
{
    internal ValidationRule(
        string code,
        Severity defaultSeverity,
        RuleScope scope,
        string title,
        string englishTitle,
        string messageTemplate,
        string englishMessageTemplate,
        string? relationStem = null)
    {
        Code = code;
        DefaultSeverity = defaultSeverity;
        Scope = scope;
        Title = title;
        EnglishTitle = englishTitle;
        MessageTemplate = messageTemplate;
        EnglishMessageTemplate = englishMessageTemplate;
        RelationStem = relationStem;
        Placeholders = [.. ReadPlaceholders(messageTemplate)];
        var english = ReadPlaceholders(englishMessageTemplate).ToHashSet(StringComparer.Ordinal);
        if (!english.SetEquals(Placeholders))
        {
            throw new InvalidOperationException($"Rule {code}: the Chinese and English messages use different placeholders.");
        }
    }

    /// <summary>Gets the rule's stable code, such as <c>GD0201</c>: <c>GD</c> and four digits, never reused.</summary>
    public string Code { get; }

    /// <summary>Gets the severity of the rule's findings unless <see cref="ValidationOptions.SeverityOverrides"/> says otherwise.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Gets what the rule looks at.</summary>
    public RuleScope Scope { get; }

    /// <summary>Gets what the rule checks, in Chinese.</summary>
    public string Title { get; }

    /// <summary>Gets what the rule checks, in English.</summary>
    public string EnglishTitle { get; }

    /// <summary>Gets the Chinese message, with placeholders such as <c>{left}</c>.</summary>
    public string MessageTemplate { get; }

    /// <summary>Gets the English message, with the same placeholders as <see cref="MessageTemplate"/>.</summary>
    public string EnglishMessageTemplate { get; }

    /// <summary>
    /// Gets the family of catalogue relations the rule checks (such as <c>requests.balance</c>), or <see langword="null"/>
    /// for a rule that is not a relation.
    /// </summary>
    public string? RelationStem { get; }

    /// <summary>Gets the rule's position in <see cref="RuleCatalog.All"/>.</summary>
    internal int Index { get; set; }

    /// <summary>Gets the names of the placeholders the messages use, in order of first use.</summary>
    public ImmutableArray<string> Placeholders { get; }

    /// <summary>Gets what the rule checks in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The title.</returns>
    public string GetTitle(DisplayLanguage language) => language == DisplayLanguage.English ? EnglishTitle : Title;

    /// <summary>Gets the message template in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The template.</returns>
    public string GetMessageTemplate(DisplayLanguage language) => language == DisplayLanguage.English ? EnglishMessageTemplate : MessageTemplate;

    /// <summary>Formats the rule's message with arguments.</summary>
    /// <param name="arguments">The arguments, by placeholder name.</param>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentException">A placeholder has no argument.</exception>
    public string FormatMessage(IEnumerable<FindingArgument> arguments, DisplayLanguage language = DisplayLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var template = GetMessageTemplate(language);
        var text = new StringBuilder(template.Length + 64);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }

            var close = template.IndexOf('}', open);
            text.Append(template, position, open - position);
            var name = template[(open + 1)..close];
            var argument = arguments.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));
            if (argument.Name is null)
            {
                throw new ArgumentException($"Rule {Code}: no argument for the placeholder {{{name}}}.", nameof(arguments));
            }

            text.Append(argument.GetValue(language));
            position = close + 1;
        }

        return text.ToString();
    }

    /// <summary>Formats the rule as its code and English title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} {EnglishTitle}";

    private static IEnumerable<string> ReadPlaceholders(string template)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var position = 0;
        while ((position = template.IndexOf('{', position)) >= 0)
        {
            var close = template.IndexOf('}', position);
            if (close < 0)
            {
                throw new InvalidOperationException($"Unclosed placeholder in '{template}'.");
            }

            var name = template[(position + 1)..close];
            if (seen.Add(name))
            {
                yield return name;
            }

            position = close + 1;
        }
    }
}

/// <summary>A named argument of a finding's message, with its text in Chinese and in English.</summary>
public readonly record struct FindingArgument
{
    /// <summary>Initializes a new instance of the <see cref="FindingArgument"/> struct with the same text in both languages.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The text (a number, a code, a cell key).</param>
    public FindingArgument(string name, string value)
        : this(name, value, value)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="FindingArgument"/> struct.</summary>
    /// <param name="name">The placeholder's name.</param>
    /// <param name="value">The text in Chinese.</param>
    /// <param name="englishValue">The text in English.</param>
    public FindingArgument(string name, string value, string englishValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(englishValue);
        Name = name;
        Value = value;
        EnglishValue = englishValue;
    }

    /// <summary>Gets the placeholder's name.</summary>
    public string Name { get; }

    /// <summary>Gets the text in Chinese.</summary>
    public string Value { get; }

    /// <summary>Gets the text in English.</summary>
    public string EnglishValue { get; }

    /// <summary>Gets the text in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    public string GetValue(DisplayLanguage language) => language == DisplayLanguage.English ? EnglishValue : Value;
}
