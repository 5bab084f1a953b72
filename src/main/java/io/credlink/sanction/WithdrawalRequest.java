package io.credlink.sanction;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a sanction is withdrawn (it is kept, marked withdrawn, and no longer propagates). */
public record WithdrawalRequest(@NotBlank @Size(max = 2000) String reason) {
}
