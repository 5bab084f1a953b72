package io.credlink.resolution.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.credlink.registry.ResolutionLookup;
import io.credlink.registry.SameAsLink;

/** The registry's view of resolution (search by any form of an id number, members of an entity, links with their evidence). */
@Component
class RegistryResolutionLookup implements ResolutionLookup {

    private final DefaultResolutionService resolution;
    private final MemberIndex members;

    RegistryResolutionLookup(DefaultResolutionService resolution, MemberIndex members) {
        this.resolution = resolution;
        this.members = members;
    }

    @Override
    public List<String> partiesByIdNumber(String q) {
        return resolution.partiesByIdNumber(q);
    }

    @Override
    public Map<String, List<String>> members(List<String> partyIds) {
        return partyIds.isEmpty() ? Map.of() : members.members(partyIds);
    }

    @Override
    public List<SameAsLink> links(Collection<String> partyIds) {
        return resolution.links(partyIds);
    }
}
