"""The treatment session screen: what was given, pain before and after, sign-off."""
