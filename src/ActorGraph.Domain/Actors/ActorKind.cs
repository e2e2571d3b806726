namespace ActorGraph.Domain.Actors;

/// <summary>What sort of actor this is.</summary>
public enum ActorKind
{
    /// <summary>A sovereign state or its government acting as one ("Qatar", "the United States").</summary>
    State,

    /// <summary>A person (leaders, ministers, envoys, spokespeople, intelligence chiefs).</summary>
    Person,

    /// <summary>A non-state armed group (Hamas, Islamic Jihad, Hezbollah).</summary>
    ArmedGroup,

    /// <summary>An intergovernmental organisation (the United Nations, the Arab League).</summary>
    IntergovernmentalOrganisation,

    /// <summary>A ministry, agency, intelligence service or other body of a state (the CIA, Mossad, Qatar's foreign ministry).</summary>
    Agency,

    /// <summary>A political party or parliamentary group.</summary>
    Party,

    /// <summary>A non-governmental organisation (the Red Cross).</summary>
    Ngo,

    /// <summary>A news organisation.</summary>
    Media,

    /// <summary>A collective of people without an organisation (the hostages' families).</summary>
    Group,

    /// <summary>A de facto or sub-state authority that is not a state (the Palestinian Authority).</summary>
    Authority,
}
